package dev.upstoxmcp.it;

import io.modelcontextprotocol.client.McpSyncClient;

/** The market-data tools in sandbox mode. */
class SandboxMarketDataIT extends SandboxModeClient implements MarketDataContract {

    @Override
    public McpSyncClient mcp() {
        return mcp;
    }

    @Override
    public String source() {
        return "sandbox";
    }
}
