package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.FaultAssertions.assertAdvice;
import static dev.upstoxmcp.it.FaultAssertions.errorText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.upstoxmcp.sandbox.UpstoxErrorFixtures;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In sandbox mode, error fixtures are selected through the sandbox's WireMock-compatible admin API: no code or
 * configuration changes, the same scenario states as in live-mode tests.
 */
class SandboxFaultsIT extends SandboxModeClient {

    @AfterEach
    void backToNormal() throws Exception {
        assertEquals(200, admin("POST", "/sandbox/__admin/scenarios/reset", "").statusCode());
        assertFalse(mcp.callTool(new CallToolRequest("get_profile", Map.of())).isError());
        TestServers.assertHealthy(TestServers.sandboxUrl());
    }

    static HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return TestServers.HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.sandboxUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void fault(UpstoxErrorFixtures.Fault fault) throws Exception {
        HttpResponse<String> switched = admin("PUT", "/sandbox/__admin/scenarios/upstox/state",
                "{\"state\":\"" + fault.state + "\"}");
        assertEquals(200, switched.statusCode(), switched::body);
    }

    @Test
    void expiredSandboxTokenAsksToReauthorise() throws Exception {
        fault(UpstoxErrorFixtures.Fault.TOKEN_EXPIRED);
        assertAdvice(errorText(mcp, "get_profile"), "re-authorise");
    }

    @Test
    void rateLimitedSandbox() throws Exception {
        fault(UpstoxErrorFixtures.Fault.RATE_LIMITED);
        assertAdvice(errorText(mcp, "get_holdings"), "Wait 60 seconds");
    }

    @Test
    void sandboxMaintenanceWindow() throws Exception {
        fault(UpstoxErrorFixtures.Fault.MAINTENANCE);
        assertAdvice(errorText(mcp, "get_funds_and_margin"), "maintenance window");
    }

    @Test
    void sandboxServerError() throws Exception {
        fault(UpstoxErrorFixtures.Fault.SERVER_ERROR);
        assertAdvice(errorText(mcp, "get_positions"), "HTTP 500");
    }

    @Test
    void requestsWithoutATokenAreRefusedByTheSandboxLikeUpstox() {
        HttpResponse<String> anonymous = TestServers.get(TestServers.sandboxUrl() + "/sandbox/v2/user/profile");
        assertEquals(401, anonymous.statusCode());
        assertAdvice(anonymous.body(), "\"error_code\" : \"UDAPI100050\"", "\"errorCode\" : \"UDAPI100050\"");
    }
}
