package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.upstoxmcp.sandbox.CandleTransformer;
import dev.upstoxmcp.sandbox.MarketCalendarTransformer;
import io.modelcontextprotocol.client.McpSyncClient;

/**
 * The live-mode test server and its Upstox: WireMock serving the sandbox fixtures on the port the server calls.
 * Closing a session also checks that the configured token never reached the server's log.
 */
final class LiveMode {

    private LiveMode() {}

    static WireMockExtension upstoxStub() {
        String fixtures = System.getProperty("fixtures.dir", "sandbox-fixtures");
        return WireMockExtension.newInstance()
                .options(wireMockConfig().port(TestServers.upstoxStubPort()).usingFilesUnderDirectory(fixtures)
                        .extensions(new CandleTransformer(Path.of(fixtures)),
                                new MarketCalendarTransformer(Path.of(fixtures))))
                .build();
    }

    static McpSyncClient connect() {
        return TestServers.client(TestServers.liveUrl());
    }

    static void disconnect(McpSyncClient mcp) throws IOException {
        mcp.closeGracefully();
        Leaks.assertNoSecrets(TestServers.serverLog("liveIT"));
    }
}
