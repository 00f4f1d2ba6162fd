package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Progress of a long tool through a real client with a progress consumer, on the sandbox server. */
class ProgressIT {

    static final List<McpSchema.ProgressNotification> PROGRESS = new CopyOnWriteArrayList<>();
    static McpSyncClient mcp;

    @BeforeAll
    static void connect() {
        mcp = McpClient.sync(HttpClientStreamableHttpTransport.builder(TestServers.sandboxUrl()).endpoint("/mcp")
                        .build())
                .requestTimeout(Duration.ofSeconds(60))
                .progressConsumer(PROGRESS::add)
                .build();
        mcp.initialize();
    }

    @AfterAll
    static void disconnect() {
        mcp.closeGracefully();
    }

    /** The demo account's holdings, one step each, the benchmark's history, the holdings read and the figures. */
    @Test
    void portfolioBetaReportsEveryStepUpToTheTotal() throws Exception {
        PROGRESS.clear();
        McpSchema.CallToolResult result = mcp.callTool(McpSchema.CallToolRequest.builder("get_portfolio_beta")
                .arguments(Map.of("chart", false)).progressToken("beta-1").build());
        assertFalse(Boolean.TRUE.equals(result.isError()), result::toString);
        for (int i = 0; i < 50 && !done(PROGRESS); i++) TimeUnit.MILLISECONDS.sleep(100);
        List<McpSchema.ProgressNotification> received = List.copyOf(PROGRESS);
        assertTrue(received.size() >= 4, received::toString);
        double total = received.get(0).total();
        for (McpSchema.ProgressNotification step : received) {
            assertEquals("beta-1", step.progressToken());
            assertEquals(total, step.total());
            assertTrue(step.progress() >= 1 && step.progress() <= total, step::toString);
            assertTrue(step.message() != null && !step.message().isBlank());
        }
        // The server sends them in increasing order (it drops a step that would go backwards); the SDK client hands
        // them to the consumer on several threads, so they may arrive out of order: each value once, up to the total.
        List<Double> values = received.stream().map(McpSchema.ProgressNotification::progress).sorted().toList();
        assertEquals(values.stream().distinct().toList(), values, "no step twice");
        assertEquals(total, values.get(values.size() - 1));
    }

    @Test
    void withoutAProgressTokenNothingIsSent() throws Exception {
        PROGRESS.clear();
        mcp.callTool(new McpSchema.CallToolRequest("get_portfolio_beta", Map.of("chart", false)));
        TimeUnit.MILLISECONDS.sleep(300);
        assertEquals(List.of(), List.copyOf(PROGRESS));
    }

    private static boolean done(List<McpSchema.ProgressNotification> steps) {
        return steps.stream().anyMatch(step -> step.progress().equals(step.total()));
    }
}
