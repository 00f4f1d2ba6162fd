package dev.upstoxmcp.tools.funds;

/** Which SIPs to list: all of them, or only active or paused ones. */
public enum SipStatus {
    ALL, ACTIVE, PAUSED
}
