package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UpstoxGroupTest {

    @Test
    void theCircuitNameIsTheLowerCamelCaseOfTheGroup() {
        assertEquals("marketData", UpstoxGroup.MARKET_DATA.circuit());
        assertEquals("portfolio", UpstoxGroup.PORTFOLIO.circuit());
        assertEquals("mutualFunds", UpstoxGroup.MUTUAL_FUNDS.circuit());
    }

    /** Each group's configuration keys name a method that carries its own fault tolerance annotations. */
    @ParameterizedTest
    @EnumSource(UpstoxGroup.class)
    void everyGroupHasAnAnnotatedCircuitMethod(UpstoxGroup group) {
        var method = assertDoesNotThrow(() -> UpstoxCircuits.class.getMethod(group.circuit(), Supplier.class));
        assertNotNull(method.getAnnotation(CircuitBreaker.class), group + " has no breaker of its own");
        assertEquals(UpstoxCircuits.TIMEOUT_MILLIS, method.getAnnotation(Timeout.class).value());
    }
}
