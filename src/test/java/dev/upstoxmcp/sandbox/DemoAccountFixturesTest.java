package dev.upstoxmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The committed sandbox fixtures are exactly what {@link DemoAccountFixtures} generates. */
class DemoAccountFixturesTest {

    static final Path ROOT = Path.of("sandbox-fixtures");

    @Test
    void committedFixturesMatchTheGenerator() throws IOException {
        Map<String, String> generated = DemoAccountFixtures.files();
        if (Boolean.getBoolean("fixtures.write")) {
            DemoAccountFixtures.main(new String[] {ROOT.toString()});
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path committed = ROOT.resolve(file.getKey());
            assertTrue(Files.exists(committed), () -> "missing fixture " + committed + "; regenerate with "
                    + "-Dfixtures.write=true");
            assertEquals(file.getValue(), Files.readString(committed, StandardCharsets.UTF_8),
                    () -> committed + " differs from the generator; regenerate with -Dfixtures.write=true");
        }
    }

    @Test
    void everyCommittedFixtureComesFromTheGenerator() throws IOException {
        Map<String, String> generated = DemoAccountFixtures.files();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(Files::isRegularFile)
                    .map(file -> ROOT.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> !file.equals("README.md"))
                    .forEach(file -> assertTrue(generated.containsKey(file),
                            () -> file + " is not produced by DemoAccountFixtures; generate it or delete it"));
        }
    }
}
