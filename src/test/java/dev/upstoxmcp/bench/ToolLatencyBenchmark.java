package dev.upstoxmcp.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/**
 * Latency of {@code tools/call} as an MCP client sees it, end to end through the server (and, in sandbox mode, the
 * in-WAR sandbox). One client, sequential calls after a warm-up; prints percentiles and throughput.
 *
 * <p>Start a server ({@code ./mvnw liberty:run}), then run
 * {@code ./mvnw -q test-compile exec:java@tool-latency} (options: {@code -Dbench.url=http://localhost:9080
 * -Dbench.tool=get_holdings -Dbench.calls=2000 -Dbench.warmup=500}, and arguments as
 * {@code -Dbench.args="underlying=NIFTY;strikes_around=5"}; a list argument takes commas: {@code instruments=A,B}).
 */
public final class ToolLatencyBenchmark {

    private ToolLatencyBenchmark() {}

    public static void main(String[] args) {
        String url = System.getProperty("bench.url", "http://localhost:9080");
        String tool = System.getProperty("bench.tool", "get_holdings");
        int warmup = Integer.getInteger("bench.warmup", 500);
        int calls = Integer.getInteger("bench.calls", 2000);
        McpSyncClient mcp = McpClient.sync(HttpClientStreamableHttpTransport.builder(url).endpoint("/mcp").build())
                .requestTimeout(Duration.ofSeconds(30)).build();
        mcp.initialize();
        try {
            CallToolRequest request = new CallToolRequest(tool, arguments(System.getProperty("bench.args", "")));
            for (int i = 0; i < warmup; i++) check(mcp.callTool(request));
            long[] nanos = new long[calls];
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                long before = System.nanoTime();
                check(mcp.callTool(request));
                nanos[i] = System.nanoTime() - before;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%s %s at %s: %d calls after %d warm-up, one client%n", tool,
                    request.arguments(), url, calls, warmup);
            System.out.printf(Locale.ROOT, "  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  %.0f calls/s%n",
                    millis(nanos, 0.50), millis(nanos, 0.90), millis(nanos, 0.99), nanos[calls - 1] / 1e6,
                    calls / seconds);
        } finally {
            mcp.closeGracefully();
        }
    }

    private static Map<String, Object> arguments(String spec) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (String pair : spec.split(";")) {
            if (pair.isBlank()) continue;
            String[] nameValue = pair.split("=", 2);
            arguments.put(nameValue[0].strip(), nameValue.length > 1 ? nameValue[1].strip() : "");
        }
        return arguments;
    }

    private static void check(CallToolResult result) {
        if (Boolean.TRUE.equals(result.isError())) throw new IllegalStateException("tool failed: " + result);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
