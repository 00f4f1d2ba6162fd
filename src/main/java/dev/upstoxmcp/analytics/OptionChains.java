package dev.upstoxmcp.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/** Figures traders read off an option chain: at-the-money strike, put-call ratio, max pain. */
public final class OptionChains {

    private OptionChains() {}

    /** Open interest of one strike. */
    public record StrikeInterest(BigDecimal strike, long callOi, long putOi) {}

    /** The strike nearest the spot; of two equally near, the lower. Null when there are no strikes. */
    public static BigDecimal atTheMoney(List<BigDecimal> strikes, BigDecimal spot) {
        return strikes.stream()
                .min(Comparator.comparing((BigDecimal strike) -> strike.subtract(spot).abs())
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    /** Put open interest over call open interest, to two decimals; null without call open interest. */
    public static BigDecimal putCallRatio(long putOi, long callOi) {
        if (callOi == 0) return null;
        return BigDecimal.valueOf(putOi).divide(BigDecimal.valueOf(callOi), 2, RoundingMode.HALF_UP);
    }

    /**
     * Max pain: the strike at which, were the underlying to settle there, option holders would receive the least,
     * i.e. the sum over strikes K of callOI(K)·max(0, S−K) + putOI(K)·max(0, K−S) is smallest. Of equal payouts, the
     * lower strike. Null without open interest.
     */
    public static BigDecimal maxPain(List<StrikeInterest> chain) {
        if (chain.stream().allMatch(strike -> strike.callOi() == 0 && strike.putOi() == 0)) return null;
        BigDecimal best = null;
        BigDecimal leastPayout = null;
        for (StrikeInterest settlement : chain) {
            BigDecimal payout = payout(chain, settlement.strike());
            if (leastPayout == null || payout.compareTo(leastPayout) < 0
                    || payout.compareTo(leastPayout) == 0 && settlement.strike().compareTo(best) < 0) {
                leastPayout = payout;
                best = settlement.strike();
            }
        }
        return best;
    }

    /** What holders of every contract receive if the underlying settles at {@code price}. */
    static BigDecimal payout(List<StrikeInterest> chain, BigDecimal price) {
        BigDecimal total = BigDecimal.ZERO;
        for (StrikeInterest strike : chain) {
            BigDecimal callValue = price.subtract(strike.strike()).max(BigDecimal.ZERO);
            BigDecimal putValue = strike.strike().subtract(price).max(BigDecimal.ZERO);
            total = total.add(callValue.multiply(BigDecimal.valueOf(strike.callOi())))
                    .add(putValue.multiply(BigDecimal.valueOf(strike.putOi())));
        }
        return total;
    }
}
