package dev.upstoxmcp.mcp.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the MCP endpoint serves a non-empty tool registry. */
@Readiness
@ApplicationScoped
class McpReadinessCheck implements HealthCheck {

    static final String NAME = "upstox-mcp-endpoint";

    @Inject
    McpServerState state;

    @Inject
    ToolCatalog catalog;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .status(state.serving())
                .withData("endpoint", McpBootstrap.MCP_PATH)
                .withData("tools", state.tools())
                .withData("tool_names", String.join(",", catalog.names()))
                .build();
    }
}
