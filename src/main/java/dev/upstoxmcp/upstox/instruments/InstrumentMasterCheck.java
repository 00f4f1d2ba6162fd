package dev.upstoxmcp.upstox.instruments;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the instrument master is loaded, with its size and time, as readiness data. It never makes the server
 * unready: until the first download succeeds, exact names are still found through Upstox's search API and instrument
 * keys work, and a slow or failing Upstox CDN must not take every instance out of a load balancer.
 */
@Readiness
@ApplicationScoped
public class InstrumentMasterCheck implements HealthCheck {

    static final String NAME = "instrument-master";

    @Inject
    InstrumentCatalog catalog;

    @Override
    public HealthCheckResponse call() {
        Optional<InstrumentMaster> master = catalog.inHand();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("loaded", master.isPresent());
        master.ifPresent(loaded -> response.withData("instruments", loaded.size())
                .withData("loaded_at", loaded.loadedAt().toString()));
        return response.build();
    }
}
