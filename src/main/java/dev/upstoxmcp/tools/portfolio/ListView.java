package dev.upstoxmcp.tools.portfolio;

/** How much of a list an answer includes: totals only, the key columns, or every column. */
public enum ListView {
    SUMMARY, COMPACT, FULL;

    boolean includesRows() {
        return this != SUMMARY;
    }

    boolean includesDetail() {
        return this == FULL;
    }
}
