package dev.upstoxmcp.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderBookTest {

    @ParameterizedTest
    @CsvSource({"open, OPEN", "open pending, OPEN", "trigger pending, OPEN", "validation pending, OPEN",
        "put order req received, OPEN", "modify pending, OPEN", "after market order req received, OPEN",
        "cancel pending, OPEN", "complete, COMPLETE", "Complete, COMPLETE", "rejected, REJECTED",
        "cancelled, CANCELLED", "cancelled after market order, CANCELLED", "'', OPEN"})
    void upstoxStatusesGroupIntoStates(String status, OrderState state) {
        assertEquals(state, OrderState.of(status));
    }

    @Test
    void bothTimestampFormsUpstoxUsesAreRead() {
        assertEquals(LocalDateTime.of(2026, 11, 20, 10, 5), UpstoxTime.parse("2026-11-20 10:05:00"));
        assertEquals(LocalDateTime.of(2017, 8, 3, 15, 3, 42), UpstoxTime.parse("03-Aug-2017 15:03:42"));
        assertNull(UpstoxTime.parse("yesterday"));
        assertNull(UpstoxTime.parse(null));
        assertEquals("15:03:42", UpstoxTime.clock(UpstoxTime.parse("03-AUG-2017 15:03:42")));
    }

    @Test
    void theBooksDayIsTheDateOfItsLatestOrder() {
        assertEquals(LocalDate.of(2026, 11, 20), OrderBook.day(Arrays.asList("2026-11-19 23:59:00", null,
                "2026-11-20 09:15:00", "garbage")));
        assertNull(OrderBook.day(List.of()));
    }
}
