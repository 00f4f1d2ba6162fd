package dev.upstoxmcp.it;

/** get_pnl_report in sandbox mode. */
class SandboxPnlReportIT extends SandboxModeClient implements PnlReportContract {}
