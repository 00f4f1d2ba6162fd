package dev.upstoxmcp.tools.funds;

import java.math.BigDecimal;

/**
 * Sums over every SIP shown by the status filter (not just the page), in INR. {@code monthlyCommitment} is what the
 * active SIPs draw a month (weekly ones × 52/12, quarterly ÷ 3, and so on).
 */
public record SipTotals(
        int sips,
        int active,
        int paused,
        BigDecimal monthlyCommitment,
        BigDecimal investedSoFar) {}
