package dev.upstoxmcp.auth;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import dev.upstoxmcp.upstox.Ist;

/**
 * Upstox access tokens die at 03:30 IST the morning after they were issued (a token issued at 02:30 dies an hour
 * later, at 03:30 the same day). IST has no daylight saving, so every day has this one boundary.
 */
final class UpstoxDay {

    static final LocalTime TOKEN_EXPIRY = LocalTime.of(3, 30);

    private UpstoxDay() {}

    /** The first 03:30 IST strictly after {@code issuedAt}. */
    static Instant expiryAfter(Instant issuedAt) {
        ZonedDateTime local = issuedAt.atZone(Ist.ZONE);
        ZonedDateTime sameDay = local.toLocalDate().atTime(TOKEN_EXPIRY).atZone(Ist.ZONE);
        return (local.isBefore(sameDay) ? sameDay : sameDay.plusDays(1)).toInstant();
    }
}
