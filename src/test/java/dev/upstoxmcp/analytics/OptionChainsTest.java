package dev.upstoxmcp.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import dev.upstoxmcp.analytics.OptionChains.StrikeInterest;
import org.junit.jupiter.api.Test;

class OptionChainsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void atTheMoneyIsTheNearestStrikeAndTheLowerOnATie() {
        List<BigDecimal> strikes = List.of(d("25900"), d("25950"), d("26000"), d("26050"));
        assertEquals(d("25950"), OptionChains.atTheMoney(strikes, d("25961.40")));
        assertEquals(d("26000"), OptionChains.atTheMoney(strikes, d("25989")));
        assertEquals(d("25950"), OptionChains.atTheMoney(strikes, d("25975")), "tie goes to the lower strike");
        assertEquals(d("26050"), OptionChains.atTheMoney(strikes, d("27000")), "beyond the last strike");
        assertNull(OptionChains.atTheMoney(List.of(), d("1")));
    }

    @Test
    void putCallRatioIsPutOverCallOpenInterest() {
        assertEquals(d("1.25"), OptionChains.putCallRatio(1250, 1000));
        assertEquals(d("0.33"), OptionChains.putCallRatio(1, 3));
        assertNull(OptionChains.putCallRatio(10, 0));
    }

    /*
     * Strikes 100, 110, 120 with call OI 10, 40, 5 and put OI 30, 20, 1. Holders receive, by settlement price:
     *   at 100: calls 0;            puts (110-100)·20 + (120-100)·1 = 200 + 20 = 220
     *   at 110: calls (110-100)·10 = 100; puts (120-110)·1 = 10                 → 110
     *   at 120: calls 20·10 + 10·40 = 600; puts 0                               → 600
     * so max pain is 110.
     */
    @Test
    void maxPainIsTheSettlementThatPaysHoldersLeast() {
        List<StrikeInterest> chain = List.of(new StrikeInterest(d("100"), 10, 30),
                new StrikeInterest(d("110"), 40, 20), new StrikeInterest(d("120"), 5, 1));
        assertEquals(d("220"), OptionChains.payout(chain, d("100")));
        assertEquals(d("110"), OptionChains.payout(chain, d("110")));
        assertEquals(d("600"), OptionChains.payout(chain, d("120")));
        assertEquals(d("110"), OptionChains.maxPain(chain));
    }

    @Test
    void maxPainOfEqualPayoutsIsTheLowerStrikeAndNothingWithoutInterest() {
        List<StrikeInterest> symmetric = List.of(new StrikeInterest(d("100"), 0, 1),
                new StrikeInterest(d("110"), 1, 0));
        // at 100: put at 100 pays 0, call at 110 pays 0 → 0; at 110: put 0, call 0 → 0
        assertEquals(d("100"), OptionChains.maxPain(symmetric));
        assertNull(OptionChains.maxPain(List.of(new StrikeInterest(d("100"), 0, 0))));
    }
}
