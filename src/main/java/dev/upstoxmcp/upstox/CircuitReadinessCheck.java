package dev.upstoxmcp.upstox;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Lists the Upstox API groups whose circuit breaker is open ({@code open}: "none" or e.g. "market-data,research", and
 * per open group the seconds until it tries Upstox again). It stays UP by default: an Upstox outage hits every
 * instance alike, and the other groups still answer, so taking the instance out of a load balancer would only turn a
 * partial outage into a total one. {@code upstox.circuits.open-means-not-ready=true} reports DOWN instead.
 */
@Readiness
@ApplicationScoped
public class CircuitReadinessCheck implements HealthCheck {

    static final String NAME = "upstox-circuits";

    @Inject
    OpenCircuits circuits;

    @Inject
    @ConfigProperty(name = "upstox.circuits.open-means-not-ready")
    boolean openMeansNotReady;

    @Override
    public HealthCheckResponse call() {
        Map<UpstoxGroup, Long> open = circuits.open();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(open.isEmpty() || !openMeansNotReady)
                .withData("open", open.isEmpty() ? "none"
                        : open.keySet().stream().map(UpstoxGroup::id).collect(Collectors.joining(",")));
        open.forEach((group, seconds) -> response.withData(group.id() + "-retry-in-seconds", seconds));
        return response.build();
    }
}
