package dev.upstoxmcp.it;

import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The account and portfolio tools in sandbox mode: the in-WAR sandbox replays the demo account. */
class SandboxAccountAndPortfolioIT extends AccountAndPortfolioContract {

    static McpSyncClient mcp;

    @BeforeAll
    static void connect() {
        mcp = TestServers.client(TestServers.sandboxUrl());
    }

    @AfterAll
    static void disconnect() {
        mcp.closeGracefully();
    }

    @Override
    McpSyncClient mcp() {
        return mcp;
    }

    @Override
    String source() {
        return "sandbox";
    }
}
