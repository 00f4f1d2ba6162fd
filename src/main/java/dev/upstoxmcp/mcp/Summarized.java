package dev.upstoxmcp.mcp;

/**
 * A tool result that can say in one line what it contains. The runtime puts this line first in the text content,
 * ahead of the JSON rendering of the structured result, so a client that shows only text still reads the gist.
 */
public interface Summarized {

    /** One line, with units, e.g. "12 holdings worth ₹5,12,345.00, P&L +₹30,211.00 (+6.27%)". */
    String summary();
}
