package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.dto.Holding;

/**
 * Breakdown rows from the holdings (valued by {@link HoldingsCalculator}) and their open lots. Contribution is
 * {@code pnl_i / Σ invested × 100}; holding days count from the oldest open lot to today; a lot is long-term when
 * held more than {@value PnlTerm#LONG_TERM_AFTER_DAYS} days (an opening lot always is: the trade history reaches back
 * more than two years).
 */
final class BreakdownCalculator {

    private BreakdownCalculator() {}

    static List<BreakdownRow> rows(LotBook book, ListView view, BreakdownSort sortBy, SortOrder order) {
        List<Holding> holdings = book.holdings().stream().map(HoldingLots::holding).toList();
        BigDecimal invested = holdings.stream().map(HoldingsCalculator::invested).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal value = holdings.stream().map(HoldingsCalculator::currentValue).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return book.holdings().stream()
                .map(lots -> row(lots, invested, value, book, view))
                .sorted(comparator(sortBy, order).thenComparing(BreakdownRow::symbol))
                .toList();
    }

    private static BreakdownRow row(HoldingLots lots, BigDecimal totalInvested, BigDecimal totalValue, LotBook book,
                                    ListView view) {
        Holding holding = lots.holding();
        BigDecimal invested = HoldingsCalculator.invested(holding);
        BigDecimal current = HoldingsCalculator.currentValue(holding);
        BigDecimal dayChange = HoldingsCalculator.dayChange(holding);
        BigDecimal pnl = current.subtract(invested);
        OpenLot oldest = lots.lots().isEmpty() ? null : lots.lots().get(0);
        boolean opening = oldest != null && oldest.opening();
        Long days = oldest == null || opening ? null : ChronoUnit.DAYS.between(oldest.date(), book.today());
        long longTerm = lots.lots().stream().filter(lot -> isLongTerm(lot, book.today())).mapToLong(OpenLot::quantity)
                .sum();
        long shortTerm = HoldingsCalculator.quantity(holding) - longTerm;
        return new BreakdownRow(holding.symbol(), holding.companyName(), HoldingsCalculator.quantity(holding),
                holding.averagePrice(), holding.lastPrice(), Inr.amount(invested), Inr.amount(current),
                Inr.amount(pnl), Inr.percent(pnl, invested), Inr.amount(dayChange),
                Inr.percent(dayChange, current.subtract(dayChange)), Inr.percent(current, totalValue),
                Inr.percent(pnl, totalInvested), oldest == null || opening ? null : oldest.date(), days,
                period(oldest, book), lots.equity() ? term(longTerm, shortTerm) : null,
                lots.equity() ? longTerm : null, lots.equity() ? shortTerm : null,
                view.includesDetail() ? lots.lots() : List.of());
    }

    static boolean isLongTerm(OpenLot lot, LocalDate today) {
        return lot.opening() || ChronoUnit.DAYS.between(lot.date(), today) > PnlTerm.LONG_TERM_AFTER_DAYS;
    }

    private static HoldingTerm term(long longTerm, long shortTerm) {
        if (shortTerm == 0) return HoldingTerm.LONG_TERM;
        return longTerm == 0 ? HoldingTerm.SHORT_TERM : HoldingTerm.MIXED;
    }

    private static String period(OpenLot oldest, LotBook book) {
        if (oldest == null) return null;
        long days = ChronoUnit.DAYS.between(oldest.date(), book.today());
        if (oldest.opening()) return "since before " + book.historyStart() + " (over " + days + " days)";
        return days + (days == 1 ? " day" : " days") + " (since " + oldest.date() + ")";
    }

    /** Nulls last in either order. */
    private static Comparator<BreakdownRow> comparator(BreakdownSort sortBy, SortOrder order) {
        return switch (sortBy) {
            case VALUE -> by(BreakdownRow::currentValue, order);
            case PNL -> by(BreakdownRow::pnl, order);
            case PNL_PERCENT -> by(BreakdownRow::pnlPercent, order);
            case DAY_CHANGE -> by(BreakdownRow::dayChange, order);
            case WEIGHT -> by(BreakdownRow::weightPercent, order);
            case CONTRIBUTION -> by(BreakdownRow::contributionPercent, order);
            case HOLDING_PERIOD -> by(BreakdownCalculator::heldDays, order);
            case SYMBOL -> by(BreakdownRow::symbol, order);
        };
    }

    /** Days held by the oldest lot; an opening lot counts as held longest. */
    private static Long heldDays(BreakdownRow row) {
        if (row.holdingDays() != null) return row.holdingDays();
        return row.holdingPeriod() == null ? null : Long.MAX_VALUE;
    }

    private static <T extends Comparable<T>> Comparator<BreakdownRow> by(Function<BreakdownRow, T> key,
                                                                         SortOrder order) {
        Comparator<T> natural = order == SortOrder.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(key, Comparator.nullsLast(natural));
    }
}
