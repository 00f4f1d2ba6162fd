package dev.upstoxmcp.upstox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Upstox's request limits per user and API (5 May 2025 circular: 50/s, 500/min, 2000/30 min). */
@ApplicationScoped
public class RateLimitConfig {

    @Inject
    @ConfigProperty(name = "upstox.rate-limit.per-second")
    int perSecond;

    @Inject
    @ConfigProperty(name = "upstox.rate-limit.per-minute")
    int perMinute;

    @Inject
    @ConfigProperty(name = "upstox.rate-limit.per-30-minutes")
    int perHalfHour;

    /** How long a burst may wait for budget before the call is refused with the wait it would need. */
    @Inject
    @ConfigProperty(name = "upstox.rate-limit.max-queue")
    Duration maxQueue;

    public RateLimitConfig() {}

    /** For tests: explicit limits. */
    public RateLimitConfig(int perSecond, int perMinute, int perHalfHour, Duration maxQueue) {
        this.perSecond = perSecond;
        this.perMinute = perMinute;
        this.perHalfHour = perHalfHour;
        this.maxQueue = maxQueue;
    }

    int perSecond() {
        return perSecond;
    }

    int perMinute() {
        return perMinute;
    }

    int perHalfHour() {
        return perHalfHour;
    }

    Duration maxQueue() {
        return maxQueue;
    }
}
