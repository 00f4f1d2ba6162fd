package dev.upstoxmcp.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Read access to a {@code sandbox-fixtures} tree: {@code mappings/**.json} and {@code __files/**}. */
interface FixtureFiles {

    /** Paths relative to the root of every {@code .json} file under {@code mappings/}, sorted. */
    List<String> mappingFiles();

    /** The bytes of a file relative to the root, e.g. {@code __files/portfolio/holdings.json}. */
    default byte[] read(String relativePath) {
        return find(relativePath).orElseThrow(() -> new IllegalStateException("sandbox fixture missing: "
                + relativePath));
    }

    /** The bytes of a file relative to the root, if there is such a file. */
    Optional<byte[]> find(String relativePath);

    /** A fixtures tree on disk, as in the repository. */
    static FixtureFiles directory(Path root) {
        return new FixtureFiles() {
            @Override
            public List<String> mappingFiles() {
                try (Stream<Path> files = Files.walk(root.resolve("mappings"))) {
                    return files.filter(file -> file.toString().endsWith(".json"))
                            .map(file -> root.relativize(file).toString().replace('\\', '/'))
                            .sorted()
                            .toList();
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }

            @Override
            public Optional<byte[]> find(String relativePath) {
                Path file = root.resolve(relativePath);
                if (!Files.isRegularFile(file)) return Optional.empty();
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }
        };
    }
}
