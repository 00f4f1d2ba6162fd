package dev.upstoxmcp.tools.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How Indian income tax treats the gain of an equity sale: bought and sold the same day is intraday (speculative
 * business income); held up to 365 days a short-term capital gain; held longer a long-term one.
 */
public enum PnlTerm {
    INTRADAY, SHORT_TERM, LONG_TERM;

    static final int LONG_TERM_AFTER_DAYS = 365;

    static PnlTerm of(LocalDate bought, LocalDate sold) {
        long days = ChronoUnit.DAYS.between(bought, sold);
        if (days == 0) return INTRADAY;
        return days > LONG_TERM_AFTER_DAYS ? LONG_TERM : SHORT_TERM;
    }
}
