package dev.upstoxmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class UpstoxDayTest {

    static Instant ist(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+05:30").toInstant();
    }

    @Test
    void anEveningTokenDiesAt0330TheNextMorning() {
        // Upstox's own example: issued 20:00 Tuesday, dies 03:30 Wednesday
        assertEquals(ist("2026-12-09T03:30:00"), UpstoxDay.expiryAfter(ist("2026-12-08T20:00:00")));
    }

    @Test
    void anEarlyMorningTokenDiesAt0330TheSameDay() {
        // Upstox's own example: issued 02:30 Wednesday, dies 03:30 Wednesday
        assertEquals(ist("2026-12-09T03:30:00"), UpstoxDay.expiryAfter(ist("2026-12-09T02:30:00")));
        assertEquals(ist("2026-12-09T03:30:00"), UpstoxDay.expiryAfter(ist("2026-12-09T03:29:59")));
    }

    @Test
    void atExactly0330TheNextDayCounts() {
        assertEquals(ist("2026-12-10T03:30:00"), UpstoxDay.expiryAfter(ist("2026-12-09T03:30:00")));
    }

    @Test
    void monthYearAndLeapDayBoundaries() {
        assertEquals(ist("2027-01-01T03:30:00"), UpstoxDay.expiryAfter(ist("2026-12-31T23:59:59")));
        assertEquals(ist("2028-02-29T03:30:00"), UpstoxDay.expiryAfter(ist("2028-02-28T12:00:00")));
        assertEquals(ist("2028-03-01T03:30:00"), UpstoxDay.expiryAfter(ist("2028-02-29T03:30:00")));
    }

    @Test
    void utcInstantsAreReadInIstWhichHasNoDaylightSaving() {
        // 21:59 UTC on 31 Mar = 03:29 IST on 1 Apr (European DST changes nothing in IST)
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"),
                UpstoxDay.expiryAfter(Instant.parse("2026-03-31T21:59:00Z")));
        // 22:00 UTC = 03:30 IST: the next day's 03:30
        assertEquals(Instant.parse("2026-10-25T22:00:00Z"),
                UpstoxDay.expiryAfter(Instant.parse("2026-10-24T22:00:00Z")));
    }
}
