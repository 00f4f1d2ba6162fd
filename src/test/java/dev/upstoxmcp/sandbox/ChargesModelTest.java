package dev.upstoxmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dev.upstoxmcp.sandbox.world.NiftyOptions;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.Trade;
import dev.upstoxmcp.sandbox.world.Trade.Side;
import org.junit.jupiter.api.Test;

/** The charges formula, worked by hand for a few trades. */
class ChargesModelTest {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);

    static Trade trade(String symbol, String date, Side side, long quantity, String price, String product) {
        return new Trade("1", "1", LocalDate.parse(date), LocalTime.NOON, Securities.bySymbol(symbol), side, quantity,
                new BigDecimal(price), product);
    }

    static void assertCharges(String brokerage, String gst, String stt, String stamp, String transaction,
                              String sebi, String demat, String total, ChargesModel.Charges charges) {
        assertEquals(List.of(brokerage, gst, stt, stamp, transaction, sebi, demat, total),
                List.of(charges.brokerage(), charges.gst(), charges.stt(), charges.stampDuty(),
                        charges.transaction(), charges.sebi(), charges.demat(), charges.total()).stream()
                        .map(BigDecimal::toPlainString).toList());
    }

    /**
     * Values 40,372.50 + 40,785.00 + 69,995.00 (turnover 1,51,152.50). Brokerage 3 x ₹20 (0.1% is more each time);
     * STT 0.025% of the sell, 10.20, rounds to ₹10; stamp 0.003% of the buys, 3.311; transaction 0.00297% of the
     * turnover, 4.489; SEBI 0.0001%, 0.151; GST 18% of 60 + 4.48923 + 0.15115 = 11.635.
     */
    @Test
    void anIntradayRoundTripAndAnOpenIntradayBuy() {
        assertCharges("60.00", "11.64", "10.00", "3.31", "4.49", "0.15", "0.00", "89.59", ChargesModel.of(List.of(
                trade("SBIN", "2026-11-20", Side.BUY, 50, "807.45", "I"),
                trade("SBIN", "2026-11-20", Side.SELL, 50, "815.70", "I"),
                trade("TATAMOTORS", "2026-11-20", Side.BUY, 100, "699.95", "I"))));
    }

    /**
     * 36,400.00 sold from delivery before October 2024: brokerage ₹20; STT 0.1% = 36.40, rounds to ₹36; transaction
     * at the old 0.00322% = 1.172; SEBI 0.0364; no stamp duty on a sale; DP ₹18.50; GST 18% of 21.20848 = 3.818.
     */
    @Test
    void aDeliverySaleBeforeTheOctober2024RatesPaysDpCharges() {
        assertCharges("20.00", "3.82", "36.00", "0.00", "1.17", "0.04", "18.50", "79.53", ChargesModel.of(List.of(
                trade("WIPRO", "2024-04-25", Side.SELL, 100, "364.00", "D"))));
    }

    /** ₹500 of delivery: 2.5% (12.50) is less than ₹20; STT 0.50 rounds to ₹1; stamp 0.015% = 0.075. */
    @Test
    void smallDeliveryOrdersPayTwoAndAHalfPercentBrokerage() {
        ChargesModel.Charges charges = ChargesModel.of(List.of(trade("ITC", "2026-11-20", Side.BUY, 1, "500.00",
                "D")));
        assertEquals(new BigDecimal("12.50"), charges.brokerage());
        assertEquals(new BigDecimal("1.00"), charges.stt());
        assertEquals(new BigDecimal("0.08"), charges.stampDuty());
    }

    @Test
    void twoSalesOfOneScripOnOneDayPayOneDpCharge() {
        ChargesModel.Charges charges = ChargesModel.of(List.of(
                trade("TCS", "2026-11-20", Side.SELL, 1, "3000.00", "D"),
                trade("TCS", "2026-11-20", Side.SELL, 1, "3000.00", "D"),
                trade("INFY", "2026-11-20", Side.SELL, 1, "1500.00", "D")));
        assertEquals(new BigDecimal("37.00"), charges.demat());
    }

    /** ETF buys pay no STT, sales 0.001%; gold bonds none; an option sale 0.1% of the premium since October 2024. */
    @Test
    void sttDependsOnWhatIsTraded() {
        assertEquals(new BigDecimal("0.00"), ChargesModel.of(List.of(
                trade("NIFTYBEES", "2025-06-02", Side.BUY, 1000, "258.30", "D"))).stt());
        assertEquals(new BigDecimal("3.00"), ChargesModel.of(List.of(
                trade("NIFTYBEES", "2025-06-02", Side.SELL, 1000, "258.30", "D"))).stt());
        assertEquals(new BigDecimal("0.00"), ChargesModel.of(List.of(
                trade("SGBFEB32IV", "2024-02-21", Side.BUY, 10, "6263.00", "D"))).stt());
        Trade optionSale = new Trade("1", "1", LAST_DAY, LocalTime.NOON, NiftyOptions.contract(26000, true), Side.SELL,
                75, new BigDecimal("200.00"), "D");
        ChargesModel.Charges option = ChargesModel.of(List.of(optionSale));
        assertEquals(new BigDecimal("15.00"), option.stt(), "0.1% of 15,000");
        assertEquals(new BigDecimal("20.00"), option.brokerage());
        assertEquals(new BigDecimal("5.25"), option.transaction(), "0.03503% of 15,000");
    }
}
