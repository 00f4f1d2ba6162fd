package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.util.List;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.dto.Holding;

/**
 * Unrealised P&amp;L per open lot: {@code quantity × last price − lot cost}; lot costs sum to the holding's invested
 * amount, so the lots' P&amp;L sums to get_holdings' P&amp;L. A lot is long-term when held more than 365 days today.
 */
final class UnrealisedCalculator {

    private UnrealisedCalculator() {}

    static UnrealisedPnl of(LotBook book, boolean withRows) {
        List<UnrealisedRow> rows = book.holdings().stream().map(lots -> row(lots, book)).toList();
        HoldingsTotals totals = book.totals();
        BigDecimal shortTerm = BigDecimal.ZERO;
        BigDecimal longTerm = BigDecimal.ZERO;
        BigDecimal other = BigDecimal.ZERO;
        for (UnrealisedRow row : rows) {
            if (row.shortTerm() == null) other = other.add(row.pnl());
            else {
                shortTerm = shortTerm.add(row.shortTerm());
                longTerm = longTerm.add(row.longTerm());
            }
        }
        return new UnrealisedPnl(book.today(), totals.invested(), totals.currentValue(), totals.pnl(),
                Inr.amount(shortTerm), Inr.amount(longTerm), Inr.amount(other), withRows ? rows : List.of());
    }

    private static UnrealisedRow row(HoldingLots lots, LotBook book) {
        Holding holding = lots.holding();
        BigDecimal last = Inr.orZero(holding.lastPrice());
        BigDecimal shortTerm = BigDecimal.ZERO;
        BigDecimal longTerm = BigDecimal.ZERO;
        long shortQuantity = 0;
        long longQuantity = 0;
        for (OpenLot lot : lots.lots()) {
            BigDecimal pnl = last.multiply(BigDecimal.valueOf(lot.quantity())).subtract(lot.cost());
            if (BreakdownCalculator.isLongTerm(lot, book.today())) {
                longTerm = longTerm.add(pnl);
                longQuantity += lot.quantity();
            } else {
                shortTerm = shortTerm.add(pnl);
                shortQuantity += lot.quantity();
            }
        }
        BigDecimal invested = HoldingsCalculator.invested(holding);
        BigDecimal current = HoldingsCalculator.currentValue(holding);
        return new UnrealisedRow(holding.symbol(), HoldingsCalculator.quantity(holding), Inr.amount(invested),
                Inr.amount(current), Inr.amount(current.subtract(invested)),
                lots.equity() ? Inr.amount(shortTerm) : null, lots.equity() ? Inr.amount(longTerm) : null,
                shortQuantity, longQuantity);
    }
}
