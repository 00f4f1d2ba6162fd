package dev.upstoxmcp.tools.orders;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.upstox.DataSource;

/**
 * A page of the day's order book, newest first, optionally only the orders in one state. {@code day} is the trading
 * day of the orders (IST); counts always cover the whole book.
 */
public record OrdersPage(
        LocalDate day,
        ListView view,
        OrderState status,
        List<OrderRow> orders,
        OrderCounts counts,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        if (counts.total() == 0) return "No orders in today's order book.";
        String filter = status == null ? "" : "; " + orders.size() + (hasMore ? "+" : "") + " " + status.wireName()
                + " shown";
        return counts.total() + (counts.total() == 1 ? " order on " : " orders on ") + day + ": " + counts.describe()
                + filter + (hasMore ? "; pass next_cursor for more" : "") + ".";
    }
}
