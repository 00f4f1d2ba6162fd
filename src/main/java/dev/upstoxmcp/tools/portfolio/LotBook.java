package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.upstoxmcp.upstox.dto.Holding;

/**
 * The account's delivery holdings with their open lots, and the delivery trades behind them.
 *
 * @param historyStart the first day Upstox's trade history covers
 * @param trades       delivery trades since {@code historyStart}, oldest first, of every security whose trades
 *                     reconcile with what is held now (including ones bought and sold again)
 * @param unexplained  symbols whose trades do not reconcile with the holdings (margin, intraday carried, positions
 *                     still open): their trades are left out of {@code trades}
 */
public record LotBook(LocalDate historyStart, LocalDate today, List<HoldingLots> holdings, List<DeliveryTrade> trades,
                      List<String> unexplained) {

    /** Totals exactly as get_holdings computes them. */
    public HoldingsTotals totals() {
        return HoldingsCalculator.totals(holdings.stream().map(HoldingLots::holding).toList());
    }

    /** {@code quantity × last price}, as get_holdings values a holding. */
    public static BigDecimal currentValue(Holding holding) {
        return HoldingsCalculator.currentValue(holding);
    }

    public static long quantity(Holding holding) {
        return HoldingsCalculator.quantity(holding);
    }
}
