package dev.upstoxmcp.it;

import io.modelcontextprotocol.client.McpSyncClient;

/** The order tools in sandbox mode: the in-WAR sandbox replays the demo account's last day and ledger. */
class SandboxOrdersIT extends SandboxModeClient implements OrdersContract {

    @Override
    public McpSyncClient mcp() {
        return mcp;
    }

    @Override
    public String source() {
        return "sandbox";
    }
}
