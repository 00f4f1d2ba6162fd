package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

/** Upstox's limits with a clock the test moves: waiting advances time instead of sleeping. */
class RequestBudgetTest {

    static final class FakeClock implements TimeMeter, BlockingStrategy {
        long nanos;
        long waited;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        @Override
        public void park(long waitNanos) {
            nanos += waitNanos;
            waited += waitNanos;
        }

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    final FakeClock clock = new FakeClock();
    final RequestBudget budget = new RequestBudget(new RateLimitConfig(50, 500, 2000, Duration.ofSeconds(2)), clock,
            clock);

    @Test
    void fiftyCallsASecondPassWithoutWaiting() {
        for (int i = 0; i < 50; i++) budget.take("user", "holdings");
        assertEquals(0, clock.waited);
    }

    @Test
    void theFiftyFirstCallInASecondQueuesUntilTheNextSecond() {
        for (int i = 0; i < 51; i++) budget.take("user", "holdings");
        assertTrue(clock.waited > 0 && clock.waited <= TimeUnit.SECONDS.toNanos(1), "waited " + clock.waited);
    }

    @Test
    void onlyTheCallThatQueuedSaysItWaited() {
        for (int i = 0; i < 50; i++) assertFalse(budget.take("user", "holdings"));
        assertTrue(budget.take("user", "holdings"));
    }

    /* Limits 50/s, 500/min, 2000/30 min: 30 calls of one user leave 20 in the tightest window (the second's),
       10 of another API leave 40; the lowest is 20. A second later the second's window is full again (50), but
       the minute's has 500 - 30 = 470 left, so the tightest of the first budget is 50. */
    @Test
    void lowestRemainingIsTheTightestWindowOfTheMostSpentBudget() {
        assertEquals(50, budget.lowestRemaining(), "no active budget: the per-second limit");
        for (int i = 0; i < 30; i++) budget.take("user", "holdings");
        for (int i = 0; i < 10; i++) budget.take("user", "positions");
        assertEquals(20, budget.lowestRemaining());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(50, budget.lowestRemaining());
    }

    @Test
    void budgetsAreSeparatePerUserAndPerApi() {
        for (int i = 0; i < 50; i++) budget.take("user", "holdings");
        for (int i = 0; i < 50; i++) budget.take("user", "positions");
        for (int i = 0; i < 50; i++) budget.take("another user", "holdings");
        assertEquals(0, clock.waited);
    }

    @Test
    void whenTheMinuteIsUsedUpTheCallIsRefusedWithTheWait() {
        for (int i = 0; i < 500; i++) budget.take("user", "candles");      // ten seconds of queueing bursts
        assertTrue(clock.nanos >= TimeUnit.SECONDS.toNanos(9));
        RequestBudgetExceededException refused = assertThrows(RequestBudgetExceededException.class,
                () -> budget.take("user", "candles"));
        long expected = 60 - TimeUnit.NANOSECONDS.toSeconds(clock.nanos);
        assertTrue(Math.abs(refused.waitSeconds() - expected) <= 1, refused.waitSeconds() + " vs " + expected);
        assertTrue(refused.getMessage().contains("Wait " + refused.waitSeconds() + " seconds"));
    }

    @Test
    void theBudgetComesBackInTheNextWindow() {
        for (int i = 0; i < 500; i++) budget.take("user", "candles");
        clock.advance(Duration.ofMinutes(1));
        budget.take("user", "candles");
    }

    @Test
    void thirtyMinutesAllowTwoThousandCalls() {
        for (int minute = 0; minute < 4; minute++) {
            for (int i = 0; i < 500; i++) budget.take("user", "quotes");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThrows(RequestBudgetExceededException.class, () -> budget.take("user", "quotes"));
        clock.advance(Duration.ofMinutes(30));
        budget.take("user", "quotes");
    }
}
