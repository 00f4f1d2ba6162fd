package dev.upstoxmcp.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ConcentrationTest {

    /**
     * Values 50, 30, 20 (total 100): weights 0.5, 0.3, 0.2; Σw² = 0.25 + 0.09 + 0.04 = 0.38, so HHI = 3,800,
     * N_eff = 1 / 0.38 = 2.631578..., top-1 50 %, top-5 (all three) 100 %.
     */
    @Test
    void threeUnequalPartsByHand() {
        Concentration c = Concentration.of(new double[] {30, 50, 20});
        assertEquals(3_800, c.hhi(), 1e-9);
        assertEquals(2.631578947368421, c.effectiveNumber(), 1e-12);
        assertEquals(50, c.top1Percent(), 1e-12);
        assertEquals(100, c.top5Percent(), 1e-12);
    }

    /**
     * Ten equal parts: each w = 0.1, Σw² = 10 × 0.01 = 0.1, HHI = 1,000, N_eff = 10; top-1 10 %, top-5 50 %.
     */
    @Test
    void equalPartsCountAsTheirNumber() {
        double[] values = new double[10];
        Arrays.fill(values, 7_345.5);
        Concentration c = Concentration.of(values);
        assertEquals(1_000, c.hhi(), 1e-9);
        assertEquals(10, c.effectiveNumber(), 1e-9);
        assertEquals(10, c.top1Percent(), 1e-9);
        assertEquals(50, c.top5Percent(), 1e-9);
    }

    /**
     * Values 40, 20, 10, 10, 10, 5, 5 (total 100): Σw² = 0.16 + 0.04 + 3 × 0.01 + 2 × 0.0025 = 0.235, HHI 2,350
     * (moderately concentrated), N_eff 4.2553...; top-5 = 40 + 20 + 10 + 10 + 10 = 90 %.
     */
    @Test
    void topFiveLeavesOutTheSmallest() {
        Concentration c = Concentration.of(new double[] {5, 10, 40, 10, 20, 5, 10});
        assertEquals(2_350, c.hhi(), 1e-9);
        assertEquals(1 / 0.235, c.effectiveNumber(), 1e-9);
        assertEquals(40, c.top1Percent(), 1e-9);
        assertEquals(90, c.top5Percent(), 1e-9);
    }

    @Test
    void oneHoldingIsFullyConcentrated() {
        Concentration c = Concentration.of(new double[] {0, 12.5, 0});
        assertEquals(10_000, c.hhi(), 1e-9);
        assertEquals(1, c.effectiveNumber(), 1e-12);
    }

    @Test
    void emptyNegativeAndZeroValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Concentration.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Concentration.of(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> Concentration.of(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Concentration.of(new double[] {1, Double.NaN}));
    }
}
