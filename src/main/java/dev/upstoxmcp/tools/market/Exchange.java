package dev.upstoxmcp.tools.market;

/** The exchanges Upstox reports status and sessions for: NSE, BSE and their F&amp;O, currency and commodity arms. */
public enum Exchange {
    NSE, NFO, CDS, BSE, BFO, BCD, MCX, NSCOM
}
