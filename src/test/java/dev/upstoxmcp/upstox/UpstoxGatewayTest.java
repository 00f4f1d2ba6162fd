package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** The gateway's translation of fault-tolerance outcomes (the interceptors themselves run in the ITs). */
class UpstoxGatewayTest {

    final OpenCircuitsTest.StepClock clock = new OpenCircuitsTest.StepClock();
    final UpstoxGateway gateway = new UpstoxGateway();

    UpstoxGatewayTest() {
        gateway.tokens = () -> new AccessToken("test-token");
        gateway.circuits = new UpstoxCircuits();
        gateway.openCircuits = new OpenCircuits(clock, Duration.ofSeconds(30));
    }

    static <T> Supplier<UpstoxResponse<T>> throwing(RuntimeException failure) {
        return () -> {
            throw failure;
        };
    }

    @Test
    void anOpenCircuitNamesTheGroupAndWhenItRetries() {
        gateway.openCircuits.failed(UpstoxGroup.MARKET_DATA);
        clock.advance(Duration.ofSeconds(18));
        CircuitOpenException open = assertThrows(CircuitOpenException.class,
                () -> gateway.fetch(UpstoxGroup.MARKET_DATA, throwing(new CircuitBreakerOpenException())));
        assertEquals("Upstox's market data service is failing; retrying in 12 s. Ask again after that; other "
                + "Upstox data is not affected. Nothing was changed.", open.getMessage());
        assertEquals(Map.of(UpstoxGroup.MARKET_DATA, 12L), gateway.openCircuits.open());
    }

    @Test
    void aFullBulkheadIsABusyGroup() {
        UpstoxBusyException busy = assertThrows(UpstoxBusyException.class,
                () -> gateway.fetch(UpstoxGroup.RESEARCH, throwing(new BulkheadException())));
        assertTrue(busy.getMessage().startsWith("Upstox's fundamentals and news service is answering slowly"),
                busy.getMessage());
    }

    @Test
    void anAttemptOverItsTimeLimitDidNotAnswerInTimeAndCountsAsAFailure() {
        UpstoxUnavailableException slow = assertThrows(UpstoxUnavailableException.class,
                () -> gateway.fetch(UpstoxGroup.PORTFOLIO, throwing(new TimeoutException())));
        assertTrue(slow.getMessage().startsWith("Upstox did not answer in time."), slow.getMessage());
        clock.advance(Duration.ofSeconds(10));
        assertEquals(20, gateway.openCircuits.refused(UpstoxGroup.PORTFOLIO));
    }

    @Test
    void aBrokenConnectionCountsAsAFailure() {
        assertThrows(UpstoxUnavailableException.class, () -> gateway.fetch(UpstoxGroup.ORDERS,
                throwing(new ProcessingException(new SocketException("Connection reset")))));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(25, gateway.openCircuits.refused(UpstoxGroup.ORDERS));
    }

    @Test
    void aUsersOwnProblemIsAnAnswerThatClosesTheCircuit() {
        gateway.openCircuits.refused(UpstoxGroup.ACCOUNT);
        assertThrows(RateLimitedException.class,
                () -> gateway.fetch(UpstoxGroup.ACCOUNT, throwing(UpstoxErrors.ofStatus(429, null, null))));
        assertEquals(Map.of(), gateway.openCircuits.open());
    }

    @Test
    void aSuccessUnwrapsTheDataAndClosesTheCircuit() {
        gateway.openCircuits.refused(UpstoxGroup.MARKET_INFO);
        UpstoxResponse<String> ok = new UpstoxResponse<>(UpstoxResponse.SUCCESS, "open");
        assertEquals("open", gateway.fetch(UpstoxGroup.MARKET_INFO, () -> ok));
        assertEquals(Map.of(), gateway.openCircuits.open());
    }
}
