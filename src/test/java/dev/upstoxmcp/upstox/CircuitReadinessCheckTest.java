package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CircuitReadinessCheckTest {

    final CircuitReadinessCheck check = new CircuitReadinessCheck();

    /** MP Health's builder needs a provider; outside the server this plain one stands in for Liberty's. */
    static final class PlainBuilder extends HealthCheckResponseBuilder {
        String name;
        boolean up;
        final Map<String, Object> data = new LinkedHashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            this.up = up;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.copyOf(data)));
        }
    }

    @BeforeAll
    static void plainHealthResponses() {
        HealthCheckResponse.setResponseProvider(PlainBuilder::new);
    }

    CircuitReadinessCheckTest() {
        check.circuits = new OpenCircuits(new OpenCircuitsTest.StepClock(), Duration.ofSeconds(30));
    }

    @Test
    void closedCircuitsAreReadyWithNothingOpen() {
        HealthCheckResponse response = check.call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals(Map.of("open", "none"), response.getData().orElseThrow());
    }

    @Test
    void openCircuitsAreListedWhileStillReadyByDefault() {
        check.circuits.refused(UpstoxGroup.MARKET_DATA);
        check.circuits.refused(UpstoxGroup.RESEARCH);
        HealthCheckResponse response = check.call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals(Map.of("open", "market-data,research", "market-data-retry-in-seconds", 30L,
                "research-retry-in-seconds", 30L), response.getData().orElseThrow());
    }

    @Test
    void anOpenCircuitCanMakeTheServerNotReady() {
        check.openMeansNotReady = true;
        check.circuits.refused(UpstoxGroup.PORTFOLIO);
        assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus());
    }
}
