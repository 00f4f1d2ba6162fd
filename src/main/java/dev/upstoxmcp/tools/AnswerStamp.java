package dev.upstoxmcp.tools;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import dev.upstoxmcp.upstox.DataSource;
import dev.upstoxmcp.upstox.Ist;
import dev.upstoxmcp.upstox.UpstoxConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code as_of} and {@code source} every answer carries: when the data was fetched (IST) and from where. "Now"
 * for market logic (today's date, default ranges, the nearest expiry) is the same moment: the clock, or the fixed
 * {@code upstox.data-as-of} of a recorded snapshot such as the sandbox's.
 */
@ApplicationScoped
public class AnswerStamp {

    @Inject
    Clock clock;

    @Inject
    UpstoxConfig upstox;

    @Inject
    @ConfigProperty(name = "upstox.data-as-of", defaultValue = "now")
    String dataAsOf;

    private Optional<OffsetDateTime> snapshot;

    @PostConstruct
    void parse() {
        try {
            snapshot = "now".equalsIgnoreCase(dataAsOf.strip()) ? Optional.empty()
                    : Optional.of(OffsetDateTime.parse(dataAsOf.strip()).atZoneSameInstant(Ist.ZONE)
                            .toOffsetDateTime());
        } catch (DateTimeParseException invalid) {
            throw new IllegalArgumentException("upstox.data-as-of must be \"now\" or an ISO date-time such as "
                    + "2026-11-20T15:45:00+05:30");
        }
    }

    public OffsetDateTime now() {
        return snapshot.orElseGet(() -> OffsetDateTime.now(clock.withZone(Ist.ZONE)).withNano(0));
    }

    public DataSource source() {
        return upstox.source();
    }
}
