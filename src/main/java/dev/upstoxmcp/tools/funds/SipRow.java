package dev.upstoxmcp.tools.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One systematic investment plan. Amounts in INR; {@code investedSoFar} is completed instalments × amount.
 *
 * @param status         {@code ACTIVE} or {@code PAUSED}, as Upstox reports it
 * @param frequency      e.g. {@code MONTHLY}
 * @param instalmentDay  day of the month the instalment is due
 * @param registered     when the SIP was set up
 * @param instalments    instalments the SIP runs for; null when it runs until cancelled
 */
public record SipRow(
        String sipId,
        String fund,
        String isin,
        String status,
        String frequency,
        BigDecimal amount,
        Integer instalmentDay,
        LocalDate nextInstalment,
        LocalDate lastInstalment,
        LocalDate registered,
        int completedInstalments,
        Integer instalments,
        BigDecimal investedSoFar,
        String sipType) {}
