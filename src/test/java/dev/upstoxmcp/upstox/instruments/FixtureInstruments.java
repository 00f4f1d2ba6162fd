package dev.upstoxmcp.upstox.instruments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The sandbox's instrument master (376 records, {@code sandbox-fixtures/__files/instruments/complete.json}). */
public final class FixtureInstruments {

    private static final Path FILE = Path.of("sandbox-fixtures/__files/instruments/complete.json");

    private FixtureInstruments() {}

    /** A catalog holding the sandbox's master as loaded on the morning of 20 November 2026. */
    public static InstrumentCatalog catalog() {
        try (InputStream in = Files.newInputStream(FILE)) {
            return InstrumentCatalog.of(new InstrumentMaster(InstrumentFile.read(in),
                    Instant.parse("2026-11-20T01:00:00Z")));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A resolver over {@link #catalog()}, for services that resolve instruments. */
    public static InstrumentResolver resolver() {
        return new InstrumentResolver(catalog());
    }
}
