package dev.upstoxmcp.it;

import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of sandbox-mode ITs: one MCP session to the sandbox-mode server per test class. */
abstract class SandboxModeClient {

    static McpSyncClient mcp;

    @BeforeAll
    static void connect() {
        mcp = TestServers.client(TestServers.sandboxUrl());
    }

    @AfterAll
    static void disconnect() {
        mcp.closeGracefully();
    }

    /** The session to this mode's server. */
    public McpSyncClient mcp() {
        return mcp;
    }

    /** How answers of this mode's server are stamped. */
    public String source() {
        return "sandbox";
    }
}
