package dev.upstoxmcp.tools.allocation;

import java.math.BigDecimal;
import java.util.Locale;

/** Size class of a company by (estimated) market capitalisation, with thresholds from {@link AllocationConfig}. */
public enum MarketCapBucket {
    LARGE, MID, SMALL, UNKNOWN;

    /** Large from {@code largeFrom} crore, mid from {@code midFrom}, small below; unknown without an estimate. */
    static MarketCapBucket of(BigDecimal crore, BigDecimal largeFrom, BigDecimal midFrom) {
        if (crore == null) return UNKNOWN;
        if (crore.compareTo(largeFrom) >= 0) return LARGE;
        if (crore.compareTo(midFrom) >= 0) return MID;
        return SMALL;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
