package dev.upstoxmcp.it;

import io.modelcontextprotocol.client.McpSyncClient;

/** get_pnl_report in sandbox mode. */
class SandboxPnlReportIT extends SandboxModeClient implements PnlReportContract {

    @Override
    public McpSyncClient mcp() {
        return mcp;
    }

    @Override
    public String source() {
        return "sandbox";
    }
}
