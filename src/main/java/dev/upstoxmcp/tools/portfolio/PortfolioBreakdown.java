package dev.upstoxmcp.tools.portfolio;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/**
 * Every delivery holding with value, P&amp;L, day change, weight, contribution to the portfolio's return and holding
 * period, sorted as asked; totals are get_holdings' totals. {@code tradeHistoryFrom} is the first day of the trade
 * history the lots were rebuilt from.
 */
public record PortfolioBreakdown(
        BreakdownSort sortBy,
        SortOrder order,
        ListView view,
        List<BreakdownRow> holdings,
        HoldingsTotals totals,
        LocalDate tradeHistoryFrom,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        String text = totals.holdings() + " holdings worth " + Inr.format(totals.currentValue()) + " (invested "
                + Inr.format(totals.invested()) + "), P&L " + Inr.signed(totals.pnl()) + " ("
                + Inr.signedPercent(totals.pnlPercent()) + "), today " + Inr.signed(totals.dayChange());
        var byContribution = holdings.stream().filter(row -> row.contributionPercent() != null)
                .sorted(Comparator.comparing(BreakdownRow::contributionPercent)).toList();
        if (!byContribution.isEmpty() && !hasMore) {
            BreakdownRow best = byContribution.get(byContribution.size() - 1);
            BreakdownRow worst = byContribution.get(0);
            text += "; most of the return from " + best.symbol() + " (" + points(best) + ")"
                    + (Objects.equals(best, worst) ? "" : ", least from " + worst.symbol() + " (" + points(worst)
                    + ")");
        }
        return text + "; sorted by " + sortBy.name().toLowerCase(java.util.Locale.ROOT) + " "
                + order.name().toLowerCase(java.util.Locale.ROOT)
                + (hasMore ? "; showing " + holdings.size() + ", pass next_cursor for more" : "") + ".";
    }

    private static String points(BreakdownRow row) {
        return (row.contributionPercent().signum() >= 0 ? "+" : "") + row.contributionPercent().toPlainString()
                + " pp";
    }
}
