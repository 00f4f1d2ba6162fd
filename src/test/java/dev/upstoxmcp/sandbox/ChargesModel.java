package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.dec;
import static dev.upstoxmcp.sandbox.Fixtures.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.upstoxmcp.sandbox.world.Security;
import dev.upstoxmcp.sandbox.world.Trade;

/**
 * The charges the demo account pays on its trades, as Upstox's P&amp;L report lists them. Upstox publishes no formula;
 * this one follows its tariff page and the exchanges' and SEBI's rates, and is applied to every year alike:
 * <ul>
 *   <li>brokerage per executed order (each ledger trade is one order): delivery and MTF the lower of ₹20 and 2.5% of
 *       the value, intraday the lower of ₹20 and 0.1%, options ₹20;</li>
 *   <li>STT, rounded to the rupee per trade: delivery equity 0.1% on buys and sells, ETFs 0.001% on sells, sovereign
 *       gold bonds none, intraday 0.025% on sells, options 0.1% of the premium on sells (0.0625% before
 *       1 October 2024);</li>
 *   <li>NSE transaction charges: equity 0.00297% of the value (0.00322% before 1 October 2024), options 0.03503% of
 *       the premium (0.0495% before);</li>
 *   <li>SEBI turnover fee ₹10 a crore (0.0001%); stamp duty on buys only: delivery 0.015%, intraday and options
 *       0.003%;</li>
 *   <li>GST 18% of brokerage, transaction charges and SEBI fee; DP charges ₹18.50 per scrip and day of delivery
 *       sales; no clearing or other charges, IPFT not reported (null, as in Upstox's sample).</li>
 * </ul>
 * Each component is summed unrounded (STT excepted) and rounded to paise once; the total is the sum of the rounded
 * components.
 */
final class ChargesModel {

    static final LocalDate NEW_RATES_FROM = LocalDate.of(2024, 10, 1);
    private static final BigDecimal FLAT_BROKERAGE = dec("20");
    private static final BigDecimal DP_CHARGE = dec("18.50");
    private static final BigDecimal GST = dec("0.18");
    private static final BigDecimal SEBI = dec("0.000001");

    /** The components of the charges breakdown, in INR, rounded to paise. */
    record Charges(BigDecimal brokerage, BigDecimal gst, BigDecimal stt, BigDecimal stampDuty,
                   BigDecimal transaction, BigDecimal sebi, BigDecimal demat) {

        BigDecimal total() {
            return brokerage.add(gst).add(stt).add(stampDuty).add(transaction).add(sebi).add(demat);
        }
    }

    private ChargesModel() {}

    static Charges of(List<Trade> trades) {
        BigDecimal brokerage = BigDecimal.ZERO;
        BigDecimal stt = BigDecimal.ZERO;
        BigDecimal stamp = BigDecimal.ZERO;
        BigDecimal transaction = BigDecimal.ZERO;
        BigDecimal sebi = BigDecimal.ZERO;
        Set<String> dematSales = new HashSet<>();
        for (Trade trade : trades) {
            BigDecimal value = trade.value();
            brokerage = brokerage.add(brokerage(trade, value));
            stt = stt.add(stt(trade, value).setScale(0, RoundingMode.HALF_UP));
            if (trade.isBuy()) stamp = stamp.add(value.multiply(stampRate(trade)));
            transaction = transaction.add(value.multiply(transactionRate(trade)));
            sebi = sebi.add(value.multiply(SEBI));
            if (!trade.isBuy() && isDelivery(trade)) dematSales.add(trade.security().key() + " " + trade.date());
        }
        BigDecimal gst = brokerage.add(transaction).add(sebi).multiply(GST);
        return new Charges(money(brokerage), money(gst), money(stt), money(stamp), money(transaction), money(sebi),
                money(DP_CHARGE.multiply(BigDecimal.valueOf(dematSales.size()))));
    }

    private static BigDecimal brokerage(Trade trade, BigDecimal value) {
        if (isOption(trade)) return FLAT_BROKERAGE;
        BigDecimal rate = isDelivery(trade) ? dec("0.025") : dec("0.001");
        return FLAT_BROKERAGE.min(value.multiply(rate));
    }

    private static BigDecimal stt(Trade trade, BigDecimal value) {
        if (isOption(trade)) {
            if (trade.isBuy()) return BigDecimal.ZERO;
            return value.multiply(trade.date().isBefore(NEW_RATES_FROM) ? dec("0.000625") : dec("0.001"));
        }
        if (!isDelivery(trade)) return trade.isBuy() ? BigDecimal.ZERO : value.multiply(dec("0.00025"));
        return switch (trade.security().kind()) {
            case ETF -> trade.isBuy() ? BigDecimal.ZERO : value.multiply(dec("0.00001"));
            case GOLD_BOND -> BigDecimal.ZERO;
            default -> value.multiply(dec("0.001"));
        };
    }

    private static BigDecimal stampRate(Trade trade) {
        return isDelivery(trade) ? dec("0.00015") : dec("0.00003");
    }

    private static BigDecimal transactionRate(Trade trade) {
        boolean current = !trade.date().isBefore(NEW_RATES_FROM);
        if (isOption(trade)) return current ? dec("0.0003503") : dec("0.000495");
        return current ? dec("0.0000297") : dec("0.0000322");
    }

    /** Delivery and MTF trades of equity, ETFs and bonds (not intraday, not options). */
    private static boolean isDelivery(Trade trade) {
        return !isOption(trade) && !"I".equals(trade.product());
    }

    private static boolean isOption(Trade trade) {
        return trade.security().kind() == Security.Kind.OPTION;
    }
}
