package dev.upstoxmcp.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FifoLotsTest {

    static final LocalDate START = LocalDate.parse("2024-04-01");

    static FifoLots.Fill fill(String date, long quantity, String price) {
        return new FifoLots.Fill(LocalDate.parse(date), quantity, new BigDecimal(price));
    }

    static FifoLots.Lot lot(String date, long quantity, String price, boolean opening) {
        return new FifoLots.Lot(LocalDate.parse(date), quantity, price == null ? null : new BigDecimal(price),
                opening);
    }

    /** Buy 10 @100, buy 10 @120, sell 5: the sale takes 5 of the first lot; 5 @100 and 10 @120 stay open. */
    @Test
    void aPartialSaleConsumesTheOldestLotFirst() {
        FifoLots.Reconciled result = FifoLots.reconcile(15, List.of(fill("2024-05-02", 10, "100"),
                fill("2024-06-03", 10, "120"), fill("2024-07-01", -5, "130")), START, null);
        assertEquals(0, result.openingQuantity());
        assertEquals(List.of(lot("2024-05-02", 5, "100", false), lot("2024-06-03", 10, "120", false)), result.lots());
        assertTrue(result.reconciled());
    }

    /** A sale of 12 crossing two lots: 10 @100 go whole, 2 of the 10 @120, leaving 8 @120. */
    @Test
    void aSaleCrossingLotsEmptiesTheFirst() {
        FifoLots.Reconciled result = FifoLots.reconcile(8, List.of(fill("2024-05-02", 10, "100"),
                fill("2024-06-03", 10, "120"), fill("2024-07-01", -12, "130")), START, null);
        assertEquals(List.of(lot("2024-06-03", 8, "120", false)), result.lots());
    }

    /**
     * Held 40; the window shows buy 10 then sell 20 (net −10): opening = 40 − (−10) = 50. The sale takes 20 of the
     * opening 50, so 30 opening shares and the 10 bought stay open (like the demo's HDFCBANK).
     */
    @Test
    void quantityTheTradesDoNotExplainIsOneOpeningLot() {
        FifoLots.Reconciled result = FifoLots.reconcile(40, List.of(fill("2024-08-05", 10, "1259"),
                fill("2025-06-16", -20, "1508.6")), START, new BigDecimal("1000"));
        assertEquals(50, result.openingQuantity());
        assertEquals(List.of(lot("2024-04-01", 30, "1000", true), lot("2024-08-05", 10, "1259", false)),
                result.lots());
        assertTrue(result.reconciled());
    }

    /** A sale before any buy needs shares from before the window even when the net explains the holding. */
    @Test
    void theOpeningLotCoversSalesBeforeLaterBuys() {
        FifoLots.Reconciled result = FifoLots.reconcile(10, List.of(fill("2024-05-02", -20, "100"),
                fill("2024-06-03", 20, "90")), START, null);
        assertEquals(20, result.openingQuantity());
        assertEquals(List.of(lot("2024-06-03", 10, "90", false)), result.lots());
        assertFalse(result.reconciled(), "20 + 0 = 20 is more than the 10 held: the oldest 10 are trimmed");
    }

    /** Bought 200 on margin, not held in delivery: nothing open, and the trades do not reconcile. */
    @Test
    void tradesOfSomethingNotHeldDoNotReconcile() {
        FifoLots.Reconciled result = FifoLots.reconcile(0, List.of(fill("2026-11-18", 200, "158.1")), START, null);
        assertEquals(List.of(), result.lots());
        assertFalse(result.reconciled());
    }

    /** Bought and sold again inside the window: nothing open, and that is explained. */
    @Test
    void aClosedRoundTripReconcilesToNothing() {
        FifoLots.Reconciled result = FifoLots.reconcile(0, List.of(fill("2024-05-13", 40, "1001.75"),
                fill("2024-11-25", -40, "918.7")), START, null);
        assertEquals(List.of(), result.lots());
        assertTrue(result.reconciled());
    }
}
