package dev.upstoxmcp.mcp.runtime;

import java.time.Duration;
import java.util.function.Supplier;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Counts and times every tool call by tool and outcome ({@code ok}, or {@code error} for an {@code isError}
 * answer), published under {@code /metrics?scope=application} as {@code mcp_tool_calls_seconds}. Percentiles and
 * histogram buckets are configured with {@code mp.metrics.distribution.*}.
 */
@ApplicationScoped
class ToolMetrics {

    static final Metadata TOOL_CALLS = Metadata.builder().withName("mcp.tool.calls")
            .withDescription("MCP tool calls by tool and outcome, with their latency").withUnit(MetricUnits.SECONDS)
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    CallToolResult timed(String tool, Supplier<CallToolResult> call) {
        long start = System.nanoTime();
        CallToolResult result = call.get();
        String outcome = Boolean.TRUE.equals(result.isError()) ? "error" : "ok";
        registry.timer(TOOL_CALLS, new Tag("tool", tool), new Tag("outcome", outcome))
                .update(Duration.ofNanos(System.nanoTime() - start));
        return result;
    }
}
