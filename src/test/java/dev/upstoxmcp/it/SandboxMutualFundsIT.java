package dev.upstoxmcp.it;

import io.modelcontextprotocol.client.McpSyncClient;

/** The mutual-fund tools in sandbox mode: the in-WAR sandbox replays the demo user's funds. */
class SandboxMutualFundsIT extends SandboxModeClient implements MutualFundsContract {

    @Override
    public McpSyncClient mcp() {
        return mcp;
    }

    @Override
    public String source() {
        return "sandbox";
    }
}
