package dev.upstoxmcp.tools.orders;

import java.util.Locale;
import java.util.Set;

/**
 * Where an order stands, grouping Upstox's many status phrases: {@code open} covers everything that may still fill
 * (open, trigger pending, after-market orders waiting for the session, orders being validated, modified or
 * cancelled), the others are final.
 */
public enum OrderState {
    OPEN, COMPLETE, CANCELLED, REJECTED;

    private static final Set<String> CANCELLED_PHRASES = Set.of("cancelled", "cancelled after market order");

    static OrderState of(String upstoxStatus) {
        String status = upstoxStatus == null ? "" : upstoxStatus.strip().toLowerCase(Locale.ROOT);
        if (status.equals("complete")) return COMPLETE;
        if (status.equals("rejected")) return REJECTED;
        if (CANCELLED_PHRASES.contains(status)) return CANCELLED;
        return OPEN;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
