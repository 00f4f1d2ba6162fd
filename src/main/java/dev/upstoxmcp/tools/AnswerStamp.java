package dev.upstoxmcp.tools;

import java.time.Clock;
import java.time.OffsetDateTime;

import dev.upstoxmcp.upstox.DataSource;
import dev.upstoxmcp.upstox.Ist;
import dev.upstoxmcp.upstox.UpstoxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The {@code as_of} and {@code source} every answer carries: when the data was fetched (IST) and from where. */
@ApplicationScoped
public class AnswerStamp {

    @Inject
    Clock clock;

    @Inject
    UpstoxConfig upstox;

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(Ist.ZONE)).withNano(0);
    }

    public DataSource source() {
        return upstox.source();
    }
}
