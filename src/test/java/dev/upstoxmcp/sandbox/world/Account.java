package dev.upstoxmcp.sandbox.world;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ledger adds up to on the last day: delivery holdings (average-cost method, as Upstox shows them), the
 * positions open or traded on the last day, and the realised gains of every sale matched first-in-first-out against
 * earlier buys (as the tax P&amp;L report shows them).
 */
public final class Account {

    /** A delivery holding: quantity and average buy price of the shares still held. */
    public record Holding(Security security, long quantity, BigDecimal averagePrice) {}

    /** Part of a sale matched against one earlier buy. */
    public record Realisation(Security security, long quantity, LocalDate buyDate, BigDecimal buyPrice,
                              LocalDate sellDate, BigDecimal sellPrice) {

        public BigDecimal buyAmount() {
            return buyPrice.multiply(BigDecimal.valueOf(quantity));
        }

        public BigDecimal sellAmount() {
            return sellPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    private final List<Holding> holdings = new ArrayList<>();
    private final List<Realisation> realisations = new ArrayList<>();
    private final List<Trade> lastDayAndCarried = new ArrayList<>();

    public Account(List<Trade> trades) {
        Map<Security, Deque<Trade>> lots = new LinkedHashMap<>();
        Map<Security, long[]> quantities = new LinkedHashMap<>();
        Map<Security, BigDecimal> costs = new LinkedHashMap<>();
        for (Trade trade : trades) {
            boolean delivery = "D".equals(trade.product()) && trade.security().kind() != Security.Kind.OPTION
                    && trade.date().isBefore(MarketModel.LAST_DAY);
            if (!delivery) {
                lastDayAndCarried.add(trade);
                continue;
            }
            long[] held = quantities.computeIfAbsent(trade.security(), security -> new long[1]);
            BigDecimal cost = costs.getOrDefault(trade.security(), BigDecimal.ZERO);
            if (trade.isBuy()) {
                lots.computeIfAbsent(trade.security(), security -> new ArrayDeque<>()).add(trade);
                costs.put(trade.security(), cost.add(trade.value()));
                held[0] += trade.quantity();
            } else {
                BigDecimal average = cost.divide(BigDecimal.valueOf(held[0]), 10, RoundingMode.HALF_UP);
                costs.put(trade.security(), cost.subtract(average.multiply(BigDecimal.valueOf(trade.quantity()))));
                held[0] -= trade.quantity();
                realise(lots.get(trade.security()), trade);
            }
        }
        quantities.forEach((security, held) -> {
            if (held[0] > 0) {
                holdings.add(new Holding(security, held[0], costs.get(security)
                        .divide(BigDecimal.valueOf(held[0]), 2, RoundingMode.HALF_UP)));
            }
        });
    }

    public List<Holding> holdings() {
        return List.copyOf(holdings);
    }

    public List<Realisation> realisations() {
        return List.copyOf(realisations);
    }

    /** Trades that make up the positions of the last day: its intraday trades, MTF and F&amp;O carried into it. */
    public List<Trade> positionTrades() {
        return List.copyOf(lastDayAndCarried);
    }

    private void realise(Deque<Trade> lots, Trade sale) {
        long remaining = sale.quantity();
        while (remaining > 0) {
            Trade lot = lots.removeFirst();
            long matched = Math.min(remaining, lot.quantity());
            realisations.add(new Realisation(sale.security(), matched, lot.date(), lot.price(), sale.date(),
                    sale.price()));
            if (matched < lot.quantity()) {
                lots.addFirst(new Trade(lot.tradeId(), lot.orderId(), lot.date(), lot.time(), lot.security(),
                        lot.side(), lot.quantity() - matched, lot.price(), lot.product()));
            }
            remaining -= matched;
        }
    }
}
