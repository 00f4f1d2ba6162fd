package dev.upstoxmcp.upstox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which {@link UpstoxGroup}s have an open circuit breaker, and until when. MicroProfile Fault Tolerance does not expose
 * a breaker's state, so it is followed from the outside: a breaker opens on a failure, so the first refused call after
 * failures dates the opening to the last failure, and the breaker lets a trial call through once its delay has passed
 * since then: the group's own {@code dev.upstoxmcp.upstox.UpstoxCircuits/<group>/CircuitBreaker/delay}, else the
 * global {@code CircuitBreaker/delay}, else {@link UpstoxCircuits#OPEN_MILLIS}, as Fault Tolerance itself resolves it.
 * Any answer that is not a failure (a trial call succeeding) closes it again.
 */
@ApplicationScoped
public class OpenCircuits {

    @Inject
    Clock clock;

    private Map<UpstoxGroup, Long> delayMillis = sameDelay(UpstoxCircuits.OPEN_MILLIS);

    private final Map<UpstoxGroup, Instant> lastFailure = new ConcurrentHashMap<>();
    private final Map<UpstoxGroup, Instant> reopensAt = new ConcurrentHashMap<>();

    public OpenCircuits() {}

    /** For tests: a clock they control and the breakers' delay, the same for every group. */
    OpenCircuits(Clock clock, Duration delay) {
        this.clock = clock;
        this.delayMillis = sameDelay(delay.toMillis());
    }

    @PostConstruct
    void readDelays() {
        Config config = ConfigProvider.getConfig();
        long global = config.getOptionalValue("CircuitBreaker/delay", Long.class).orElse(UpstoxCircuits.OPEN_MILLIS);
        delayMillis = new EnumMap<>(UpstoxGroup.class);
        for (UpstoxGroup group : UpstoxGroup.values()) {
            delayMillis.put(group, config.getOptionalValue(UpstoxCircuits.class.getName() + "/" + group.circuit()
                    + "/CircuitBreaker/delay", Long.class).orElse(global));
        }
    }

    /** A call of {@code group} failed in a way its breaker counts. */
    void failed(UpstoxGroup group) {
        lastFailure.put(group, clock.instant());
    }

    /** A call of {@code group} got an answer the breaker does not count as a failure: its breaker is closed. */
    void answered(UpstoxGroup group) {
        reopensAt.remove(group);
    }

    /** {@code group}'s breaker refused a call; the whole seconds (at least 1) until it tries Upstox again. */
    long refused(UpstoxGroup group) {
        Instant now = clock.instant();
        Instant until = reopensAt.compute(group, (ignored, known) -> {
            if (known != null && known.isAfter(now)) return known;
            long delay = delayMillis.get(group);
            Instant fromFailure = lastFailure.getOrDefault(group, now).plusMillis(delay);
            return fromFailure.isAfter(now) ? fromFailure : now.plusMillis(delay);
        });
        return secondsUntil(until, now);
    }

    /** The groups whose breaker is open now, in group order, with the seconds until each tries Upstox again. */
    public Map<UpstoxGroup, Long> open() {
        Instant now = clock.instant();
        Map<UpstoxGroup, Long> open = new EnumMap<>(UpstoxGroup.class);
        reopensAt.forEach((group, until) -> {
            if (until.isAfter(now)) open.put(group, secondsUntil(until, now));
        });
        return open;
    }

    private static Map<UpstoxGroup, Long> sameDelay(long millis) {
        Map<UpstoxGroup, Long> delays = new EnumMap<>(UpstoxGroup.class);
        for (UpstoxGroup group : UpstoxGroup.values()) delays.put(group, millis);
        return delays;
    }

    private static long secondsUntil(Instant until, Instant now) {
        long millis = Duration.between(now, until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
