package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.dto.Holding;

/**
 * Values, P&L and weights of holdings. Upstox's own {@code day_change} fields are not used: they are often zero;
 * day change is {@code quantity × (last − close)} here.
 */
public final class HoldingsCalculator {

    private HoldingsCalculator() {}

    /** Rows for every holding, largest current value first (symbol breaks ties), in the given view. */
    static List<HoldingRow> rows(List<Holding> holdings, ListView view) {
        BigDecimal portfolioValue = holdings.stream().map(HoldingsCalculator::currentValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return holdings.stream()
                .map(holding -> row(holding, portfolioValue, view))
                .sorted(Comparator.comparing(HoldingRow::currentValue).reversed()
                        .thenComparing(HoldingRow::symbol))
                .toList();
    }

    static HoldingsTotals totals(List<Holding> holdings) {
        BigDecimal invested = sum(holdings, HoldingsCalculator::invested);
        BigDecimal current = sum(holdings, HoldingsCalculator::currentValue);
        BigDecimal dayChange = sum(holdings, HoldingsCalculator::dayChange);
        BigDecimal pnl = current.subtract(invested);
        return new HoldingsTotals(holdings.size(), Inr.amount(invested), Inr.amount(current), Inr.amount(pnl),
                Inr.percent(pnl, invested), Inr.amount(dayChange), Inr.percent(dayChange, current.subtract(dayChange)));
    }

    private static HoldingRow row(Holding holding, BigDecimal portfolioValue, ListView view) {
        BigDecimal invested = invested(holding);
        BigDecimal current = currentValue(holding);
        BigDecimal dayChange = dayChange(holding);
        BigDecimal pnl = current.subtract(invested);
        boolean full = view.includesDetail();
        return new HoldingRow(holding.symbol(), quantity(holding), holding.averagePrice(), holding.lastPrice(),
                Inr.amount(current), Inr.amount(pnl), Inr.percent(pnl, invested),
                Inr.percent(dayChange, current.subtract(dayChange)), Inr.percent(current, portfolioValue),
                full ? holding.companyName() : null,
                full ? holding.exchange() : null,
                full ? holding.isin() : null,
                full ? holding.instrumentKey() : null,
                full ? holding.closePrice() : null,
                full ? Inr.amount(invested) : null,
                full ? Inr.amount(dayChange) : null,
                full ? holding.t1Quantity() : null,
                full ? holding.collateralQuantity() : null,
                full ? holding.haircut() : null);
    }

    static long quantity(Holding holding) {
        return holding.quantity() == null ? 0 : holding.quantity();
    }

    static BigDecimal invested(Holding holding) {
        return Inr.orZero(holding.averagePrice()).multiply(BigDecimal.valueOf(quantity(holding)));
    }

    /** What a holding is worth: {@code quantity × last price}; every tool values holdings this way. */
    public static BigDecimal currentValue(Holding holding) {
        return Inr.orZero(holding.lastPrice()).multiply(BigDecimal.valueOf(quantity(holding)));
    }

    static BigDecimal dayChange(Holding holding) {
        if (holding.lastPrice() == null || holding.closePrice() == null) return BigDecimal.ZERO;
        return holding.lastPrice().subtract(holding.closePrice()).multiply(BigDecimal.valueOf(quantity(holding)));
    }

    private static BigDecimal sum(List<Holding> holdings, java.util.function.Function<Holding, BigDecimal> amount) {
        return holdings.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
