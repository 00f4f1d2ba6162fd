package dev.upstoxmcp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class InrTest {

    @ParameterizedTest
    @CsvSource({
            "0, ₹0.00",
            "5.5, ₹5.50",
            "999.999, '₹1,000.00'",
            "123456.78, '₹1,23,456.78'",
            "870450.75, '₹8,70,450.75'",
            "12345678.9, '₹1,23,45,678.90'",
            "-48.6, -₹48.60",
            "-1000000, '-₹10,00,000.00'"})
    void amountsUseIndianGrouping(String value, String expected) {
        assertEquals(expected, Inr.format(new BigDecimal(value)));
    }

    @Test
    void signedAmountsShowTheDirection() {
        assertEquals("+₹2,493.55", Inr.signed(new BigDecimal("2493.55")));
        assertEquals("-₹355.00", Inr.signed(new BigDecimal("-355")));
    }

    @Test
    void percentOfZeroIsUndefined() {
        assertNull(Inr.percent(BigDecimal.ONE, BigDecimal.ZERO));
        assertEquals("n/a", Inr.signedPercent(null));
        assertEquals(new BigDecimal("28.60"), Inr.percent(new BigDecimal("193561.75"), new BigDecimal("676889.00")));
    }
}
