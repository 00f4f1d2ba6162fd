package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.dto.PnlTrade;

/**
 * Totals and per-scrip rows of Upstox's trade-wise P&amp;L rows. A row's P&amp;L is its sell amount minus its buy
 * amount; for equity it counts as intraday, short- or long-term by {@link PnlTerm#of its holding period}.
 */
final class PnlCalculator {

    private PnlCalculator() {}

    /** Requests needed for {@code rows} rows at {@code pageSize} per page. */
    static int pages(int rows, int pageSize) {
        if (pageSize < 1) throw new IllegalArgumentException("page size must be positive, got " + pageSize);
        return rows <= 0 ? 0 : (rows - 1) / pageSize + 1;
    }

    static PnlLot lot(PnlTrade trade, PnlSegment segment) {
        long quantity = trade.quantity() == null ? 0 : trade.quantity();
        LocalDate bought = PnlPeriod.parseUpstoxDate(trade.buyDate());
        LocalDate sold = PnlPeriod.parseUpstoxDate(trade.sellDate());
        BigDecimal buyValue = amount(trade.buyAmount(), trade.buyAverage(), quantity);
        BigDecimal sellValue = amount(trade.sellAmount(), trade.sellAverage(), quantity);
        return new PnlLot(quantity, bought, trade.buyAverage(), sold, trade.sellAverage(), buyValue, sellValue,
                sellValue.subtract(buyValue), ChronoUnit.DAYS.between(bought, sold),
                segment.isEquity() ? PnlTerm.of(bought, sold) : null);
    }

    /** One row per scrip (by ISIN, else name), largest P&amp;L first; lots only in the full view. */
    static List<ScripPnl> scrips(List<PnlTrade> trades, PnlSegment segment, boolean withLots) {
        Map<String, List<PnlTrade>> byScrip = new LinkedHashMap<>();
        for (PnlTrade trade : trades) {
            String key = trade.isin() != null && !trade.isin().isBlank() ? trade.isin() : trade.scripName();
            byScrip.computeIfAbsent(key, scrip -> new ArrayList<>()).add(trade);
        }
        List<ScripPnl> scrips = new ArrayList<>();
        for (List<PnlTrade> group : byScrip.values()) {
            List<PnlLot> lots = group.stream().map(trade -> lot(trade, segment)).toList();
            PnlTrade first = group.get(0);
            scrips.add(new ScripPnl(first.scripName(), first.isin(), first.tradeType(),
                    lots.stream().mapToLong(PnlLot::quantity).sum(), sum(lots, PnlLot::buyValue),
                    sum(lots, PnlLot::sellValue), sum(lots, PnlLot::pnl),
                    termSum(lots, segment, PnlTerm.INTRADAY), termSum(lots, segment, PnlTerm.SHORT_TERM),
                    termSum(lots, segment, PnlTerm.LONG_TERM), withLots ? lots : List.of()));
        }
        scrips.sort(Comparator.comparing(ScripPnl::pnl).reversed().thenComparing(ScripPnl::scrip,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(scrips);
    }

    static PnlTotals totals(List<PnlTrade> trades, PnlSegment segment) {
        List<PnlLot> lots = trades.stream().map(trade -> lot(trade, segment)).toList();
        long scrips = trades.stream().map(trade -> trade.isin() != null && !trade.isin().isBlank() ? trade.isin()
                : trade.scripName()).distinct().count();
        return new PnlTotals(lots.size(), (int) scrips, sum(lots, PnlLot::buyValue), sum(lots, PnlLot::sellValue),
                sum(lots, PnlLot::pnl), termSum(lots, segment, PnlTerm.INTRADAY),
                termSum(lots, segment, PnlTerm.SHORT_TERM), termSum(lots, segment, PnlTerm.LONG_TERM));
    }

    /** Upstox's amount, or average price times quantity where it left the amount out. */
    private static BigDecimal amount(BigDecimal amount, BigDecimal average, long quantity) {
        return Inr.amount(amount != null ? amount : Inr.orZero(average).multiply(BigDecimal.valueOf(quantity)));
    }

    private static BigDecimal termSum(List<PnlLot> lots, PnlSegment segment, PnlTerm term) {
        if (!segment.isEquity()) return null;
        return sum(lots.stream().filter(lot -> lot.term() == term).toList(), PnlLot::pnl);
    }

    private static BigDecimal sum(List<PnlLot> lots, Function<PnlLot, BigDecimal> field) {
        return Inr.amount(lots.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
