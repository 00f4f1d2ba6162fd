package dev.upstoxmcp.upstox.instruments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The sandbox's instrument master ({@code sandbox-fixtures/__files/instruments/complete.json}) for service tests. */
public final class FixtureInstruments {

    private FixtureInstruments() {}

    public static InstrumentResolver resolver() {
        try (InputStream in = Files.newInputStream(Path.of("sandbox-fixtures/__files/instruments/complete.json"))) {
            return new InstrumentResolver(InstrumentCatalog.of(new InstrumentMaster(InstrumentFile.read(in),
                    Instant.parse("2026-11-20T01:00:00Z"))));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
