package dev.upstoxmcp.tools.orders;

/** How many of the day's orders are in each state; always over the whole order book. */
public record OrderCounts(int total, int open, int complete, int cancelled, int rejected) {

    /** "3 complete, 3 open, 1 cancelled, 1 rejected". */
    String describe() {
        return complete + " complete, " + open + " open, " + cancelled + " cancelled, " + rejected + " rejected";
    }
}
