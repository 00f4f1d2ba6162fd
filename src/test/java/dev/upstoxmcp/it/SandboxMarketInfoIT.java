package dev.upstoxmcp.it;

import io.modelcontextprotocol.client.McpSyncClient;

/** get_market_status in sandbox mode: the in-WAR sandbox answers from the demo world. */
class SandboxMarketInfoIT extends SandboxModeClient implements MarketInfoContract {

    @Override
    public McpSyncClient mcp() {
        return mcp;
    }

    @Override
    public String source() {
        return "sandbox";
    }
}
