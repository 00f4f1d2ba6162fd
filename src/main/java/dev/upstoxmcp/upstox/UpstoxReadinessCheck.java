package dev.upstoxmcp.upstox;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the server has a token to call Upstox with; reports the mode (sandbox or live). */
@Readiness
@ApplicationScoped
public class UpstoxReadinessCheck implements HealthCheck {

    static final String NAME = "upstox-connection";

    @Inject
    UpstoxConfig config;

    @Override
    public HealthCheckResponse call() {
        boolean credentials = config.configuredToken().isPresent();
        return HealthCheckResponse.named(NAME)
                .status(credentials)
                .withData("mode", config.source().name().toLowerCase(Locale.ROOT))
                .withData("token_configured", credentials)
                .build();
    }
}
