package dev.upstoxmcp.mcp.runtime;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the {@code /mcp} endpoint; defaults in {@code META-INF/microprofile-config.properties}. */
@ApplicationScoped
class McpEndpointConfig {

    /** Origins a browser-based client may call from; {@code :*} allows any port. */
    @Inject
    @ConfigProperty(name = "mcp.allowed-origins")
    List<String> allowedOrigins;

    /** Host header values this server answers to (DNS-rebinding protection). */
    @Inject
    @ConfigProperty(name = "mcp.allowed-hosts")
    List<String> allowedHosts;

    /** A session unused for this long is evicted; its client then gets 404 and initializes again. */
    @Inject
    @ConfigProperty(name = "mcp.session-idle-timeout")
    Duration sessionIdleTimeout;

    /** Interval of pings on open GET streams, so dead connections are noticed and closed. */
    @Inject
    @ConfigProperty(name = "mcp.keep-alive-interval")
    Duration keepAliveInterval;

    /** Largest accepted request body. */
    @Inject
    @ConfigProperty(name = "mcp.max-request-bytes")
    int maxRequestBytes;

    @Inject
    @ConfigProperty(name = "mcp.server-version")
    String serverVersion;

    /** The URL clients use to reach {@code /mcp}, as printed at start-up. */
    @Inject
    @ConfigProperty(name = "mcp.public-url")
    String publicUrl;

    /** Serve the conformance suite's fixtures; resource subscriptions are offered only with them. */
    @Inject
    @ConfigProperty(name = "mcp.conformance-fixtures")
    boolean conformanceFixtures;

    boolean conformanceFixtures() {
        return conformanceFixtures;
    }

    List<String> allowedOrigins() {
        return allowedOrigins;
    }

    List<String> allowedHosts() {
        return allowedHosts;
    }

    Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    Duration keepAliveInterval() {
        return keepAliveInterval;
    }

    int maxRequestBytes() {
        return maxRequestBytes;
    }

    String serverVersion() {
        return serverVersion;
    }

    String publicUrl() {
        return publicUrl;
    }
}
