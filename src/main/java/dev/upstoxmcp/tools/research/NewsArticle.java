package dev.upstoxmcp.tools.research;

import java.time.OffsetDateTime;

/**
 * One news article about an instrument.
 *
 * @param symbol    the instrument's trading symbol, or its key when the instrument list does not know it
 * @param published when it was published, IST
 */
public record NewsArticle(
        String symbol,
        String instrumentKey,
        OffsetDateTime published,
        String heading,
        String summary,
        String link) {}
