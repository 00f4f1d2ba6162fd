package dev.upstoxmcp.upstox;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Keeps each user's calls of each Upstox API under Upstox's limits, which apply per user and per API. A burst over
 * the per-second limit waits briefly for budget instead of failing; when the wait would exceed the configured queue
 * time the call is refused with a {@link RequestBudgetExceededException} saying how long to wait. Buckets refill in whole
 * windows like Upstox's counters; idle ones are dropped.
 *
 * <p>Several servers serving the same users share the budgets through {@link SharedBudgets} (PostgreSQL). When that
 * database fails, each server counts on its own for {@link #LOCAL_AFTER_FAILURE} and says so in the log: a
 * database outage may let a user exceed Upstox's limits (Upstox then answers 429, which is retried), but never
 * blocks a tool.
 */
public final class RequestBudget implements AutoCloseable {

    /** How long a server counts its own budgets after the shared ones failed, before trying them again. */
    static final Duration LOCAL_AFTER_FAILURE = Duration.ofSeconds(30);
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(RequestBudget.class.getName());

    private final RateLimitConfig limits;
    private final TimeMeter clock;
    private final BlockingStrategy waiting;
    private final Cache<String, Bucket> buckets = idleDropping();
    private final SharedBudgets shared;
    private final Cache<String, Bucket> sharedBuckets = idleDropping();
    private volatile long sharedAgainAtNanos;
    private volatile long cleanupAtNanos;

    public RequestBudget(RateLimitConfig limits) {
        this(limits, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
    }

    /** With a clock and a way of waiting that tests control. */
    RequestBudget(RateLimitConfig limits, TimeMeter clock, BlockingStrategy waiting) {
        this(limits, null, clock, waiting);
    }

    /** Shared in {@code shared} when given; the clock must then be wall-clock based (the servers' common time). */
    RequestBudget(RateLimitConfig limits, SharedBudgets shared, TimeMeter clock, BlockingStrategy waiting) {
        // A copy, read now on the application's thread: the metrics gauge calls in from Liberty's metrics thread,
        // where a first use of the configuration bean would build it without the application's configuration.
        this.limits = new RateLimitConfig(limits.perSecond(), limits.perMinute(), limits.perHalfHour(),
                limits.maxQueue());
        this.shared = shared;
        this.clock = clock;
        this.waiting = waiting;
        this.cleanupAtNanos = clock.currentTimeNanos() + CLEANUP_INTERVAL.toNanos();
    }

    /** The budgets as configured: shared in PostgreSQL when {@link RateLimitConfig#sharedStore()} says so. */
    static RequestBudget of(RateLimitConfig limits) {
        Optional<RateLimitConfig.Store> store = limits.sharedStore();
        if (store.isEmpty()) return new RequestBudget(limits);
        LOG.info("Upstox request budgets are shared with the other servers in the token store's PostgreSQL "
                + "database (table " + SharedBudgets.TABLE + ")");
        return new RequestBudget(limits, new SharedBudgets(store.get(), TimeMeter.SYSTEM_MILLISECONDS),
                TimeMeter.SYSTEM_MILLISECONDS, BlockingStrategy.PARKING);
    }

    /**
     * Takes one request from the user's budget for the API, waiting briefly if a window is full.
     *
     * @return whether the request had to wait for a slot
     */
    public boolean take(String user, String api) {
        String key = user + ':' + api;
        if (sharedUsable()) {
            try {
                return take(sharedBuckets.get(key, ignored -> shared.bucket(key, this::configuration)));
            } catch (RequestBudgetExceededException spent) {
                throw spent;
            } catch (RuntimeException storeFailed) {
                countLocallyAfter(storeFailed);
            }
        }
        return take(buckets.get(key, ignored -> localBucket()));
    }

    private boolean take(Bucket bucket) {
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
        // shared budgets are read from the database (one query each), skipped while it fails
        return Stream.concat(buckets.asMap().values().stream(), sharedUsable()
                        ? sharedBuckets.asMap().values().stream() : Stream.empty())
                .mapToLong(RequestBudget::availableOrMax).min()
                .orElse(limits.perSecond());
    }

    private static long availableOrMax(Bucket bucket) {
        try {
            return bucket.getAvailableTokens();
        } catch (RuntimeException storeFailed) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public void close() {
        if (shared != null) shared.close();
    }

    private BucketConfiguration configuration() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(limits.perSecond())
                        .refillIntervally(limits.perSecond(), Duration.ofSeconds(1)))
                .addLimit(limit -> limit.capacity(limits.perMinute())
                        .refillIntervally(limits.perMinute(), Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(limits.perHalfHour())
                        .refillIntervally(limits.perHalfHour(), Duration.ofMinutes(30)))
                .build();
    }

    private Bucket localBucket() {
        LocalBucketBuilder bucket = Bucket.builder().withCustomTimePrecision(clock);
        for (Bandwidth limit : configuration().getBandwidths()) bucket.addLimit(limit);
        return bucket.build();
    }

    private static Cache<String, Bucket> idleDropping() {
        return Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(31)).build();
    }

    /** Whether takes go to the shared budgets now (configured, and not in the pause after a failure). */
    private boolean sharedUsable() {
        if (shared == null) return false;
        long now = clock.currentTimeNanos();
        if (now < sharedAgainAtNanos) return false;
        if (now >= cleanupAtNanos) {
            cleanupAtNanos = now + CLEANUP_INTERVAL.toNanos();
            try {
                shared.removeRefilled(1000);
            } catch (RuntimeException storeFailed) {
                // the next take meets the same failure and falls back
            }
        }
        return true;
    }

    private void countLocallyAfter(RuntimeException storeFailed) {
        sharedAgainAtNanos = clock.currentTimeNanos() + LOCAL_AFTER_FAILURE.toNanos();
        LOG.warning(() -> "The shared Upstox request budgets (PostgreSQL) failed (" + describe(storeFailed)
                + "); this server counts its own for the next " + LOCAL_AFTER_FAILURE.toSeconds() + " seconds");
    }

    /** The failure's kind and SQL state; never its message, which can quote values. */
    private static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) return "SQL state " + sql.getSQLState();
        }
        return failure.getClass().getSimpleName();
    }
}
