package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OpenCircuitsTest {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    /** A clock the test moves by hand. */
    static final class StepClock extends Clock {
        Instant now = T0;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    final StepClock clock = new StepClock();
    final OpenCircuits circuits = new OpenCircuits(clock, Duration.ofSeconds(30));

    @Test
    void nothingIsOpenAtFirst() {
        assertEquals(Map.of(), circuits.open());
    }

    @Test
    void aRefusedCallDatesTheOpeningToTheLastFailure() {
        circuits.failed(UpstoxGroup.MARKET_DATA);          // opened the breaker at T0
        clock.advance(Duration.ofMillis(4_500));
        // reopens at T0 + 30 s; 25.5 s left, rounded up
        assertEquals(26, circuits.refused(UpstoxGroup.MARKET_DATA));
        assertEquals(Map.of(UpstoxGroup.MARKET_DATA, 26L), circuits.open());
    }

    @Test
    void laterRefusalsCountDownToTheSameMoment() {
        circuits.failed(UpstoxGroup.PORTFOLIO);
        circuits.refused(UpstoxGroup.PORTFOLIO);
        clock.advance(Duration.ofSeconds(20));
        assertEquals(10, circuits.refused(UpstoxGroup.PORTFOLIO));
    }

    @Test
    void theCircuitIsNoLongerListedOnceItsDelayHasPassed() {
        circuits.failed(UpstoxGroup.RESEARCH);
        circuits.refused(UpstoxGroup.RESEARCH);
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Map.of(), circuits.open());
    }

    @Test
    void aFailedTrialCallReopensFromThatFailure() {
        circuits.failed(UpstoxGroup.ORDERS);
        circuits.refused(UpstoxGroup.ORDERS);
        clock.advance(Duration.ofSeconds(31));
        circuits.failed(UpstoxGroup.ORDERS);                // the half-open trial failed: open again from now
        clock.advance(Duration.ofSeconds(1));
        assertEquals(29, circuits.refused(UpstoxGroup.ORDERS));
    }

    @Test
    void anAnswerClosesTheCircuit() {
        circuits.failed(UpstoxGroup.ACCOUNT);
        circuits.refused(UpstoxGroup.ACCOUNT);
        circuits.answered(UpstoxGroup.ACCOUNT);
        assertEquals(Map.of(), circuits.open());
    }

    @Test
    void aRefusalWithoutARecentFailureWaitsAWholeDelay() {
        circuits.failed(UpstoxGroup.MUTUAL_FUNDS);
        clock.advance(Duration.ofMinutes(5));                // e.g. opened by a failure this instance did not see
        assertEquals(30, circuits.refused(UpstoxGroup.MUTUAL_FUNDS));
    }

    @Test
    void groupsAreListedInGroupOrder() {
        circuits.refused(UpstoxGroup.RESEARCH);
        circuits.refused(UpstoxGroup.PORTFOLIO);
        assertEquals("[PORTFOLIO, RESEARCH]", circuits.open().keySet().toString());
    }
}
