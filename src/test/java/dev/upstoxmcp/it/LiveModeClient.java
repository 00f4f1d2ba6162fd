package dev.upstoxmcp.it;

import java.io.IOException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Base of live-mode ITs: WireMock as Upstox, one MCP session to the live-mode server per test class. */
abstract class LiveModeClient {

    @RegisterExtension
    static WireMockExtension upstox = LiveMode.upstoxStub();

    static McpSyncClient mcp;

    @BeforeAll
    static void connect() {
        mcp = LiveMode.connect();
    }

    @AfterAll
    static void disconnect() throws IOException {
        LiveMode.disconnect(mcp);
    }

    /** The session to this mode's server. */
    public McpSyncClient mcp() {
        return mcp;
    }

    /** How answers of this mode's server are stamped. */
    public String source() {
        return "live";
    }
}
