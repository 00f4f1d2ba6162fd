package dev.upstoxmcp.upstox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Keeps each user's calls of each Upstox API under Upstox's limits, which apply per user and per API. A burst over
 * the per-second limit waits briefly for budget instead of failing; when the wait would exceed the configured queue
 * time the call is refused with a {@link RequestBudgetExceededException} saying how long to wait. Buckets refill in whole
 * windows like Upstox's counters; idle ones are dropped.
 */
public final class RequestBudget {

    private final RateLimitConfig limits;
    private final TimeMeter clock;
    private final BlockingStrategy waiting;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(31))
            .build();

    public RequestBudget(RateLimitConfig limits) {
        this(limits, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
    }

    /** With a clock and a way of waiting that tests control. */
    RequestBudget(RateLimitConfig limits, TimeMeter clock, BlockingStrategy waiting) {
        // A copy, read now on the application's thread: the metrics gauge calls in from Liberty's metrics thread,
        // where a first use of the configuration bean would build it without the application's configuration.
        this.limits = new RateLimitConfig(limits.perSecond(), limits.perMinute(), limits.perHalfHour(),
                limits.maxQueue());
        this.clock = clock;
        this.waiting = waiting;
    }

    /**
     * Takes one request from the user's budget for the API, waiting briefly if a window is full.
     *
     * @return whether the request had to wait for a slot
     */
    public boolean take(String user, String api) {
        Bucket bucket = buckets.get(user + '\u0000' + api, key -> newBucket());
        if (bucket.tryConsume(1)) return false;
        boolean taken;
        try {
            taken = bucket.asBlocking().tryConsume(1, limits.maxQueue(), waiting);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            taken = false;
        }
        if (!taken) {
            long waitNanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            throw new RequestBudgetExceededException(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos - 1) + 1));
        }
        return true;
    }

    /**
     * The fewest requests any active budget (a user and API seen in the last half hour) has left in its tightest
     * window right now; the per-second limit when none is active. Zero means someone is being held back.
     */
    public long lowestRemaining() {
        return buckets.asMap().values().stream().mapToLong(Bucket::getAvailableTokens).min()
                .orElse(limits.perSecond());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.perSecond())
                        .refillIntervally(limits.perSecond(), Duration.ofSeconds(1)))
                .addLimit(limit -> limit.capacity(limits.perMinute())
                        .refillIntervally(limits.perMinute(), Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(limits.perHalfHour())
                        .refillIntervally(limits.perHalfHour(), Duration.ofMinutes(30)))
                .withCustomTimePrecision(clock)
                .build();
    }
}
