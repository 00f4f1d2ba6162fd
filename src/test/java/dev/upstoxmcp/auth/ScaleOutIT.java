package dev.upstoxmcp.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.upstoxmcp.it.Leaks;
import dev.upstoxmcp.it.LibertyServer;
import dev.upstoxmcp.it.McpResults;
import dev.upstoxmcp.sandbox.SandboxTransformer;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two oauth-mode servers with one configuration and one PostgreSQL database, as a cluster behind a load balancer
 * whose address is server A's: a user authorised through one is served by the other with the same access token,
 * revoking on one is seen by the other, and both spend from the same request budget. Each server has its own WireMock
 * as Upstox, so the test sees which server sent what. The IT starts the database and both servers itself, on ports
 * from the build ({@code it.scaleout.*}), and stops them afterwards.
 */
class ScaleOutIT {

    /** The servers' (tiny) per-minute request budget per user and API, shared by both. */
    static final int PER_MINUTE = 5;
    static final String FIXTURES = OAuthFlowIT.FIXTURES;

    @RegisterExtension
    static WireMockExtension upstoxA = upstox("scaleout.a.stub.port", 18189);

    @RegisterExtension
    static WireMockExtension upstoxB = upstox("scaleout.b.stub.port", 18289);

    static EmbeddedPostgres postgres;
    static LibertyServer serverA;
    static LibertyServer serverB;
    static OAuthClient clientA;
    static OAuthClient clientB;

    static WireMockExtension upstox(String portProperty, int defaultPort) {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().port(Integer.getInteger(portProperty, defaultPort))
                        .usingFilesUnderDirectory(FIXTURES).extensions(SandboxTransformer.all(Path.of(FIXTURES))))
                .build();
    }

    @BeforeAll
    static void startTheCluster() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        int portA = Integer.getInteger("scaleout.a.http.port", 19480);
        int portB = Integer.getInteger("scaleout.b.http.port", 19580);
        String balancer = "http://localhost:" + portA;
        CompletableFuture<LibertyServer> a = CompletableFuture.supplyAsync(() -> LibertyServer.start("oauthIT",
                "scaleOutA", portA, Integer.getInteger("scaleout.a.https.port", 19843),
                environment(balancer, upstoxA)));
        CompletableFuture<LibertyServer> b = CompletableFuture.supplyAsync(() -> LibertyServer.start("oauthIT",
                "scaleOutB", portB, Integer.getInteger("scaleout.b.https.port", 19943),
                environment(balancer, upstoxB)));
        try {
            serverA = a.join();
        } finally {
            serverB = b.join();          // so that @AfterAll stops whichever started
        }
        clientA = new OAuthClient(serverA.url());
        clientB = new OAuthClient(serverB.url());
    }

    /** The oauth test server's environment with the cluster's database, public address and budget. */
    static Map<String, String> environment(String balancer, WireMockExtension upstox) {
        Map<String, String> environment = new LinkedHashMap<>();
        try {
            Files.readAllLines(Path.of(System.getProperty("oauth.env.file", "target/liberty-env/oauth-it.env")))
                    .stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> environment.put(line.substring(0, line.indexOf('=')),
                            line.substring(line.indexOf('=') + 1)));
        } catch (IOException unreadable) {
            throw new AssertionError("cannot read the oauth test server's environment", unreadable);
        }
        String stub = "http://localhost:" + upstox.getPort();
        environment.put("UPSTOX_MP_REST_URL", stub);
        environment.put("UPSTOX_INSTRUMENTS_URL", stub + "/market-quote/instruments/exchange/complete.json.gz");
        environment.put("UPSTOX_AUTH_STORE_URL", postgres.getJdbcUrl("postgres", "postgres"));
        environment.put("UPSTOX_AUTH_STORE_USER", "postgres");
        environment.put("UPSTOX_AUTH_ISSUER", balancer);
        environment.put("MCP_PUBLIC_URL", balancer + "/mcp");
        environment.put("UPSTOX_RATE_LIMIT_PER_MINUTE", Integer.toString(PER_MINUTE));
        environment.put("UPSTOX_RATE_LIMIT_MAX_QUEUE", "PT0.5S");
        return environment;
    }

    @AfterAll
    static void stopTheClusterAndCheckItsLogs() throws IOException {
        List<String> logs = new java.util.ArrayList<>();
        for (LibertyServer server : new LibertyServer[] {serverA, serverB}) {
            if (server == null) continue;
            server.close();
            logs.add(server.log());
        }
        if (postgres != null) postgres.close();
        List<String> secrets = new java.util.ArrayList<>();
        for (OAuthClient client : new OAuthClient[] {clientA, clientB}) {
            if (client != null) secrets.addAll(client.secretsUsed());
        }
        for (UpstoxUser user : List.of(WireMockUpstox.ASHA, WireMockUpstox.RAVI)) {
            secrets.addAll(List.of(user.upstoxToken(), user.upstoxCode()));
        }
        for (String log : logs) {
            for (String secret : secrets) {
                assertFalse(log.contains(secret), "a token or code used by the tests is in a server's messages.log");
            }
            Leaks.assertNoSecrets(log);
            assertTrue(log.contains("request budgets are shared"), "the servers say the budgets are shared");
        }
    }

    @Test
    void aUserAuthorisedThroughOneServerIsServedByTheOtherUntilRevokedThere() {
        UpstoxUser asha = WireMockUpstox.ASHA;
        WireMockUpstox.logsIn(upstoxA, asha);
        OAuthClient.Session session = clientA.logIn(clientA.register(), asha);
        upstoxA.verify(1, postRequestedFor(urlPathEqualTo("/v2/login/authorization/token")));

        McpSyncClient onB = clientB.mcp(session.accessToken());
        try {
            CallToolResult status = onB.callTool(new CallToolRequest("get_auth_status", Map.of()));
            assertEquals(true, McpResults.value(status, "linked"), () -> McpResults.text(status));
            assertEquals(asha.userId(), McpResults.value(status, "user_id"));
            CallToolResult profile = onB.callTool(new CallToolRequest("get_profile", Map.of()));
            assertFalse(Boolean.TRUE.equals(profile.isError()), () -> McpResults.text(profile));
        } finally {
            onB.closeGracefully();
        }
        upstoxB.verify(1, getRequestedFor(urlPathEqualTo("/v2/user/profile"))
                .withHeader("Authorization", equalTo("Bearer " + asha.upstoxToken())));
        upstoxA.verify(0, getRequestedFor(urlPathEqualTo("/v2/user/profile")));

        // sessions stay with their server: B does not know A's, and the client initialises again (MCP allows it)
        var opened = clientA.mcpPost(session.accessToken());
        assertEquals(200, opened.statusCode(), opened::body);
        String sessionOfA = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertEquals(404, clientB.mcpNotify(session.accessToken(), sessionOfA).statusCode());
        assertEquals(202, clientA.mcpNotify(session.accessToken(), sessionOfA).statusCode());

        assertEquals(200, clientB.revoke(session.accessToken()));
        clientA.assertInvalidToken(session.accessToken(), "reconnect");
    }

    @Test
    void bothServersSpendOneUsersRequestBudget() {
        UpstoxUser ravi = WireMockUpstox.RAVI;
        WireMockUpstox.logsIn(upstoxA, ravi);
        WireMockUpstox.logsIn(upstoxB, ravi);
        OAuthClient.Session session = clientA.logIn(clientA.register(), ravi);
        McpSyncClient onA = clientA.mcp(session.accessToken());
        McpSyncClient onB = clientB.mcp(session.accessToken());
        try {
            assertFalse(Boolean.TRUE.equals(profile(onB).isError()), "B spends one of the minute's requests");
            for (int i = 1; i < PER_MINUTE; i++) {
                CallToolResult spent = profile(onA);
                assertFalse(Boolean.TRUE.equals(spent.isError()), () -> McpResults.text(spent));
            }
            for (McpSyncClient either : List.of(onA, onB)) {
                CallToolResult refused = profile(either);
                assertTrue(Boolean.TRUE.equals(refused.isError()), "the minute's budget is spent on both servers");
                String text = Leaks.assertNone(McpResults.text(refused));
                assertTrue(text.matches("(?s).*Wait \\d+ seconds.*"), text);
            }
        } finally {
            onA.closeGracefully();
            onB.closeGracefully();
        }
        var profileOfRavi = getRequestedFor(urlPathEqualTo("/v2/user/profile"))
                .withHeader("Authorization", equalTo("Bearer " + ravi.upstoxToken()));
        upstoxA.verify(PER_MINUTE - 1, profileOfRavi);
        upstoxB.verify(1, profileOfRavi);
    }

    static CallToolResult profile(McpSyncClient mcp) {
        return mcp.callTool(new CallToolRequest("get_profile", Map.of()));
    }
}
