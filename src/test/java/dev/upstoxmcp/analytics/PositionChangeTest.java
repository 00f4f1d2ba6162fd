package dev.upstoxmcp.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PositionChangeTest {

    // Three positions worth 50, 30 and 20 (total 100) with betas 1.2, 0.8 and NaN (unknown).
    private static final double[] VALUES = {50, 30, 20};
    private static final double[] BETAS = {1.2, 0.8, Double.NaN};

    @Test
    void buyingRaisesTheWeightAndMovesTheBetaTowardsThePositions() {
        PositionChange change = PositionChange.of(VALUES, 1, 20);   // 30 -> 50 of a total 100 -> 120
        assertEquals(0.30, change.weightBefore(1), 1e-12);
        assertEquals(50.0 / 120, change.weightAfter(1), 1e-12);
        // before: (50·1.2 + 30·0.8) / 80 = 84 / 80 = 1.05; after: (60 + 50·0.8) / 100 = 1.00
        assertEquals(1.05, change.betaBefore(BETAS), 1e-12);
        assertEquals(1.00, change.betaAfter(BETAS), 1e-12);
    }

    @Test
    void aGroupWeighsTheSumOfItsMembers() {
        PositionChange change = PositionChange.of(VALUES, 0, -25);   // 50 -> 25, total 75
        boolean[] firstAndThird = {true, false, true};
        assertEquals(0.70, change.groupWeightBefore(firstAndThird), 1e-12);
        assertEquals(45.0 / 75, change.groupWeightAfter(firstAndThird), 1e-12);
    }

    @Test
    void aNewPositionStartsAtZero() {
        PositionChange change = PositionChange.of(new double[] {100, 0}, 1, 25);
        assertEquals(0, change.weightBefore(1), 1e-12);
        assertEquals(0.2, change.weightAfter(1), 1e-12);
        assertEquals(1.0 * 0.8 + 2.0 * 0.2, change.betaAfter(new double[] {1.0, 2.0}), 1e-12);
    }

    @Test
    void sellingMoreThanIsHeldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PositionChange.of(VALUES, 2, -20.5));
        assertEquals(0, PositionChange.of(VALUES, 2, -20).weightAfter(2), 1e-12);
    }
}
