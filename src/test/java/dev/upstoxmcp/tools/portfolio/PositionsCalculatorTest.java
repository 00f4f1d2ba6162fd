package dev.upstoxmcp.tools.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import dev.upstoxmcp.upstox.dto.Position;
import org.junit.jupiter.api.Test;

class PositionsCalculatorTest {

    static Position position(String symbol, String product, long quantity, String last, String realised,
                             String unrealised) {
        BigDecimal pnl = new BigDecimal(realised).add(new BigDecimal(unrealised));
        return new Position("NSE", product, "NSE_EQ|X", symbol, null, BigDecimal.ONE, quantity, 0L, null,
                new BigDecimal(last), null, null, pnl, new BigDecimal(realised), new BigDecimal(unrealised), null,
                null, null, null, 0L, 0L, null, null, 0L, 0L);
    }

    static final List<Position> POSITIONS = List.of(
            position("CLOSED", "I", 0, "100", "25.50", "-0.0"),
            position("SMALL", "I", 10, "50", "0", "-12.25"),
            position("BIG", "MTF", -20, "300", "0", "40"));

    @Test
    void openPositionsComeFirstLargestExposureFirst() {
        assertEquals(List.of("BIG", "SMALL", "CLOSED"),
                PositionsCalculator.rows(POSITIONS, ListView.COMPACT).stream().map(PositionRow::symbol).toList());
    }

    @Test
    void totalsCountOpenClosedAndMtfAndSumPnl() {
        assertEquals(new PositionsTotals(2, 1, 1, new BigDecimal("25.50"), new BigDecimal("27.75"),
                new BigDecimal("53.25")), PositionsCalculator.totals(POSITIONS));
    }

    @Test
    void negativeZeroFromUpstoxShowsAsZero() {
        PositionRow closed = PositionsCalculator.rows(POSITIONS, ListView.COMPACT).get(2);
        assertEquals("0.00", closed.unrealised().toPlainString());
    }
}
