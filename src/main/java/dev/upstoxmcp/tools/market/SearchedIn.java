package dev.upstoxmcp.tools.market;

/** Where a search found its matches. */
public enum SearchedIn {
    /** The day's instrument master in memory. */
    INSTRUMENT_MASTER,
    /** Upstox's instrument search API, when the master could not answer. */
    UPSTOX_SEARCH
}
