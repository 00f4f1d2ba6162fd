package dev.upstoxmcp.tools.research;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One corporate action. {@code date} is when it takes effect: the ex-date of a dividend, bonus or split, the date
 * of a meeting.
 *
 * @param action         Upstox's name, e.g. {@code Dividend}, {@code Bonus}, {@code Board Meeting}, {@code AGM}
 * @param upcoming       whether {@code date} is today or later (IST)
 * @param amountPerShare dividend in INR per share, null for other actions
 * @param ratio          e.g. {@code 1:1} for a bonus or split
 * @param kind           dividend type ({@code Final}, {@code Interim}) or a meeting's purpose
 * @param details        Upstox's one-line description, when it gives one
 */
public record CorporateActionRow(
        String action,
        LocalDate date,
        boolean upcoming,
        BigDecimal amountPerShare,
        String ratio,
        String kind,
        LocalDate recordDate,
        LocalDate announced,
        String details) {}
