package dev.upstoxmcp.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Read access to a {@code sandbox-fixtures} tree: {@code mappings/**.json} and {@code __files/**}. */
interface FixtureFiles {

    /** Paths relative to the root of every {@code .json} file under {@code mappings/}, sorted. */
    List<String> mappingFiles();

    /** The bytes of a file relative to the root, e.g. {@code __files/portfolio/holdings.json}. */
    byte[] read(String relativePath);

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
            public byte[] read(String relativePath) {
                try {
                    return Files.readAllBytes(root.resolve(relativePath));
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }
        };
    }
}
