package dev.upstoxmcp.upstox;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the server can call Upstox with a token (configured, or linked per user); reports the mode. */
@Readiness
@ApplicationScoped
public class UpstoxReadinessCheck implements HealthCheck {

    static final String NAME = "upstox-connection";

    @Inject
    UpstoxConfig config;

    @Inject
    TokenSource tokens;

    @Override
    public HealthCheckResponse call() {
        boolean credentials = tokens.available();
        return HealthCheckResponse.named(NAME)
                .status(credentials)
                .withData("mode", config.source().name().toLowerCase(Locale.ROOT))
                .withData("token_configured", credentials)
                .build();
    }
}
