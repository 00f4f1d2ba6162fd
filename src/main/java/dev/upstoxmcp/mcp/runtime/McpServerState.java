package dev.upstoxmcp.mcp.runtime;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the MCP endpoint is serving, and with how many tools; read by the readiness check. */
@ApplicationScoped
class McpServerState {

    private volatile int tools = -1;

    void started(int toolCount) {
        tools = toolCount;
    }

    void stopped() {
        tools = -1;
    }

    boolean serving() {
        return tools > 0;
    }

    int tools() {
        return Math.max(tools, 0);
    }
}
