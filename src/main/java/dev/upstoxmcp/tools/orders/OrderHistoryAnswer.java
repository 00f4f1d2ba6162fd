package dev.upstoxmcp.tools.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/** One order of the day and every state it went through, oldest first; the headline fields are its latest state. */
public record OrderHistoryAnswer(
        String orderId,
        LocalDate day,
        String symbol,
        String side,
        long quantity,
        String orderType,
        String product,
        BigDecimal price,
        String status,
        OrderState state,
        long filled,
        BigDecimal averagePrice,
        String statusMessage,
        List<OrderStep> steps,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        String fill = filled == 0 ? "nothing filled"
                : "filled " + filled + (averagePrice == null ? "" : " at " + Inr.format(averagePrice));
        String placed = steps.isEmpty() || steps.get(0).time() == null ? ""
                : ", placed " + steps.get(0).time() + " IST";
        return "Order " + orderId + " (" + side + " " + quantity + " " + symbol + ", " + orderType + "): " + status
                + " after " + steps.size() + " steps, " + fill + placed
                + (statusMessage == null ? "." : " - " + statusMessage + (statusMessage.endsWith(".") ? "" : "."));
    }
}
