package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request budgets of two servers sharing one PostgreSQL database (embedded binaries, random free port): one user's
 * minute is spent by both together, other users keep theirs, and a database that fails never blocks a call.
 */
class RequestBudgetPostgresIT {

    /* 10 a minute is the limit that matters here; the others are out of the way. */
    static final RateLimitConfig LIMITS = new RateLimitConfig(1000, 10, 2000, Duration.ofMillis(100));
    static EmbeddedPostgres postgres;
    final List<RequestBudget> servers = new ArrayList<>();
    /* each test its own users: the budgets outlive a test in the database */
    final String asha = "asha-" + UUID.randomUUID();
    final String ravi = "ravi-" + UUID.randomUUID();

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @AfterEach
    void stopServers() {
        servers.forEach(RequestBudget::close);
    }

    RequestBudget server(String url) {
        RequestBudget budget = new RequestBudget(LIMITS,
                new SharedBudgets(new RateLimitConfig.Store(url, "postgres", null), TimeMeter.SYSTEM_MILLISECONDS),
                TimeMeter.SYSTEM_MILLISECONDS, BlockingStrategy.PARKING);
        servers.add(budget);
        return budget;
    }

    RequestBudget server() {
        return server(postgres.getJdbcUrl("postgres", "postgres"));
    }

    @Test
    void twoServersSpendOneUsersMinuteTogether() {
        RequestBudget a = server();
        RequestBudget b = server();
        for (int i = 0; i < 6; i++) a.take(asha, "HistoryApi.historical");
        for (int i = 0; i < 4; i++) b.take(asha, "HistoryApi.historical");
        RequestBudgetExceededException refused = assertThrows(RequestBudgetExceededException.class,
                () -> b.take(asha, "HistoryApi.historical"));
        assertTrue(refused.waitSeconds() >= 1 && refused.waitSeconds() <= 60, "wait " + refused.waitSeconds());
        assertThrows(RequestBudgetExceededException.class, () -> a.take(asha, "HistoryApi.historical"));
        assertFalse(b.take(ravi, "HistoryApi.historical"), "another user's budget is untouched");
        assertFalse(a.take(asha, "PortfolioApi.longTermHoldings"), "and so is the same user's for another API");
    }

    @Test
    void withoutTheSharedStoreEachServerCountsItsOwn() {
        RequestBudget a = new RequestBudget(LIMITS);
        RequestBudget b = new RequestBudget(LIMITS);
        for (int i = 0; i < 10; i++) a.take(asha, "HistoryApi.historical");
        for (int i = 0; i < 10; i++) b.take(asha, "HistoryApi.historical");
        assertThrows(RequestBudgetExceededException.class, () -> a.take(asha, "HistoryApi.historical"));
    }

    @Test
    void aDatabaseThatCannotBeReachedFallsBackToThisServersOwnBudget() throws IOException {
        RequestBudget a = server(closedPortUrl());
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) a.take(asha, "HistoryApi.historical");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis < 3000, "the failing database held the calls " + tookMillis + " ms");
        assertThrows(RequestBudgetExceededException.class, () -> a.take(asha, "HistoryApi.historical"),
                "the local budget still holds the limit");
    }

    /* The shared budgets are tried again 30 s after a failure, not before: one warning per try. */
    @Test
    void afterAFailureTheSharedBudgetsAreTriedAgainHalfAMinuteLater() throws IOException {
        RequestBudgetTest.FakeClock clock = new RequestBudgetTest.FakeClock();
        TimeMeter wallClock = new TimeMeter() {                      // what a distributed bucket requires
            @Override
            public long currentTimeNanos() {
                return clock.currentTimeNanos();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        RequestBudget a = new RequestBudget(LIMITS, new SharedBudgets(
                new RateLimitConfig.Store(closedPortUrl(), "postgres", null), wallClock), wallClock, clock);
        servers.add(a);
        List<java.util.logging.LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                warnings.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(RequestBudget.class.getName());
        log.addHandler(capture);
        try {
            a.take(asha, "UserApi.profile");
            clock.advance(Duration.ofSeconds(29));
            a.take(asha, "UserApi.profile");
            assertEquals(1, warnings.size(), "within the half minute the local budget is used without trying");
            clock.advance(Duration.ofSeconds(2));
            a.take(asha, "UserApi.profile");
            assertEquals(2, warnings.size(), "after it the shared budgets are tried (and fail) again");
            assertFalse(warnings.get(0).getMessage().contains("postgres"), warnings.get(0).getMessage());
        } finally {
            log.removeHandler(capture);
        }
    }

    static String closedPortUrl() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return "jdbc:postgresql://localhost:" + socket.getLocalPort() + "/postgres";
        }
    }

    /** What a take costs: one transaction (select for update, update, commit) on a pooled connection. */
    @Test
    void aTakeCostsOneShortTransaction() {
        RequestBudget a = new RequestBudget(new RateLimitConfig(100_000, 100_000, 100_000, Duration.ofMillis(100)),
                new SharedBudgets(new RateLimitConfig.Store(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                        null), TimeMeter.SYSTEM_MILLISECONDS), TimeMeter.SYSTEM_MILLISECONDS, BlockingStrategy.PARKING);
        servers.add(a);
        for (int i = 0; i < 200; i++) a.take(asha, "warm-up");
        int takes = 1000;
        long started = System.nanoTime();
        for (int i = 0; i < takes; i++) a.take(asha, "MarketQuoteApi.ltp");
        double micros = (System.nanoTime() - started) / 1000.0 / takes;
        System.out.printf("shared request budget: %.0f microseconds a take (%d takes, one user and API)%n", micros,
                takes);
        assertTrue(micros < 20_000, micros + " microseconds a take");
    }
}
