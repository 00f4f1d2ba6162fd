package dev.upstoxmcp.tools.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import dev.upstoxmcp.tools.Inr;

/** Sums over a set of trades, in INR: bought, sold, and turnover (both together). */
public record TradeTotals(int trades, int buys, int sells, BigDecimal buyValue, BigDecimal sellValue,
                          BigDecimal turnover) {

    static <T> TradeTotals of(List<T> trades, Function<T, String> side, Function<T, BigDecimal> value) {
        int buys = 0;
        BigDecimal bought = BigDecimal.ZERO;
        BigDecimal sold = BigDecimal.ZERO;
        for (T trade : trades) {
            if (OrderBook.isBuy(side.apply(trade))) {
                buys++;
                bought = bought.add(value.apply(trade));
            } else {
                sold = sold.add(value.apply(trade));
            }
        }
        return new TradeTotals(trades.size(), buys, trades.size() - buys, Inr.amount(bought), Inr.amount(sold),
                Inr.amount(bought.add(sold)));
    }

    /** "bought ₹1,10,367.50, sold ₹40,785.00". */
    String describe() {
        return "bought " + Inr.format(buyValue) + ", sold " + Inr.format(sellValue);
    }
}
