package dev.upstoxmcp.tools.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.portfolio.ChargesBreakdown;
import dev.upstoxmcp.tools.portfolio.PnlSegment;
import dev.upstoxmcp.tools.portfolio.PositionsTotals;
import dev.upstoxmcp.upstox.DataSource;

/**
 * One trading day of the account (IST), amounts in INR: orders by state, trades and turnover, the P&amp;L of the day's
 * positions, the charges of the day's trades in {@code chargedSegments}, realised P&amp;L net of those charges, and
 * margin in use. {@code marginUsed} and {@code availableToTrade} are absent while Upstox's funds service is down;
 * {@code fundsNote} then says so.
 */
public record DailySummary(
        LocalDate day,
        OrderCounts orders,
        TradeTotals trades,
        PositionsTotals positions,
        ChargesBreakdown charges,
        List<PnlSegment> chargedSegments,
        BigDecimal netRealised,
        BigDecimal marginUsed,
        BigDecimal availableToTrade,
        String fundsNote,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        String margin = marginUsed == null ? "" : "; margin used " + Inr.format(marginUsed);
        return day + ": " + orders.total() + " orders (" + orders.describe() + "), " + trades.trades() + " trades, "
                + "turnover " + Inr.format(trades.turnover()) + "; positions P&L " + Inr.signed(positions.pnl())
                + " (realised " + Inr.signed(positions.realised()) + ", unrealised "
                + Inr.signed(positions.unrealised()) + "); charges " + Inr.format(charges.total())
                + ", realised after charges " + Inr.signed(netRealised) + margin + ".";
    }
}
