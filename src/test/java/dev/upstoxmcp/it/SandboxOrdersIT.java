package dev.upstoxmcp.it;

/** The order tools in sandbox mode: the in-WAR sandbox replays the demo account's last day and ledger. */
class SandboxOrdersIT extends SandboxModeClient implements OrdersContract {}
