package dev.upstoxmcp.tools.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.dto.MutualFundHolding;
import dev.upstoxmcp.upstox.dto.MutualFundSip;

/**
 * Values and P&amp;L of fund holdings and the sums of SIPs. Upstox's own {@code pnl} is not used: value and P&amp;L are
 * recomputed from units and NAVs, so rows and totals agree to the paisa.
 */
public final class MutualFundCalculator {

    /** Upstox's {@code instalments} for a SIP that runs until cancelled. */
    static final int UNTIL_CANCELLED = 999;

    /** Instalments a month for each SIP frequency. */
    private static final Map<String, BigDecimal> PER_MONTH = Map.of(
            "DAILY", new BigDecimal("21.75"),     // trading days in an average month
            "WEEKLY", new BigDecimal("52").divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP),
            "FORTNIGHTLY", new BigDecimal("26").divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP),
            "MONTHLY", BigDecimal.ONE,
            "QUARTERLY", BigDecimal.ONE.divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP),
            "HALF_YEARLY", BigDecimal.ONE.divide(new BigDecimal("6"), 10, RoundingMode.HALF_UP),
            "YEARLY", BigDecimal.ONE.divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP),
            "ANNUALLY", BigDecimal.ONE.divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP));

    private MutualFundCalculator() {}

    /** Rows for every scheme, largest current value first (fund name breaks ties). */
    static List<MutualFundHoldingRow> rows(List<MutualFundHolding> holdings) {
        BigDecimal total = sum(holdings, MutualFundCalculator::currentValue);
        return holdings.stream().map(holding -> row(holding, total))
                .sorted(Comparator.comparing(MutualFundHoldingRow::currentValue).reversed()
                        .thenComparing(MutualFundHoldingRow::fund))
                .toList();
    }

    static MutualFundTotals totals(List<MutualFundHolding> holdings) {
        BigDecimal invested = sum(holdings, MutualFundCalculator::invested);
        BigDecimal current = sum(holdings, MutualFundCalculator::currentValue);
        BigDecimal pnl = current.subtract(invested);
        return new MutualFundTotals(holdings.size(), Inr.amount(invested), Inr.amount(current), Inr.amount(pnl),
                Inr.percent(pnl, invested));
    }

    private static MutualFundHoldingRow row(MutualFundHolding holding, BigDecimal total) {
        BigDecimal invested = invested(holding);
        BigDecimal current = currentValue(holding);
        BigDecimal pnl = current.subtract(invested);
        return new MutualFundHoldingRow(holding.fund(), holding.instrumentKey(), holding.folio(),
                Inr.orZero(holding.quantity()), holding.averagePrice(), holding.lastPrice(),
                date(holding.lastPriceDate()),
                Inr.amount(invested), Inr.amount(current), Inr.amount(pnl), Inr.percent(pnl, invested),
                Inr.percent(current, total), holding.pledgedQuantity());
    }

    private static BigDecimal invested(MutualFundHolding holding) {
        return Inr.orZero(holding.quantity()).multiply(Inr.orZero(holding.averagePrice()));
    }

    /** What a scheme holding is worth: {@code units × latest NAV}; every tool values funds this way. */
    public static BigDecimal currentValue(MutualFundHolding holding) {
        return Inr.orZero(holding.quantity()).multiply(Inr.orZero(holding.lastPrice()));
    }

    /** Active SIPs first, soonest next instalment first, then by fund. */
    static List<SipRow> sipRows(List<MutualFundSip> sips) {
        return sips.stream().map(MutualFundCalculator::sipRow)
                .sorted(Comparator.comparing((SipRow row) -> !"ACTIVE".equals(row.status()))
                        .thenComparing(SipRow::nextInstalment, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SipRow::fund, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static SipTotals sipTotals(List<SipRow> rows) {
        BigDecimal monthly = rows.stream().filter(row -> "ACTIVE".equals(row.status()))
                .map(row -> perMonth(row.frequency()).multiply(Inr.orZero(row.amount())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal invested = rows.stream().map(SipRow::investedSoFar).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SipTotals(rows.size(), (int) rows.stream().filter(row -> "ACTIVE".equals(row.status())).count(),
                (int) rows.stream().filter(row -> "PAUSED".equals(row.status())).count(), Inr.amount(monthly),
                Inr.amount(invested));
    }

    private static SipRow sipRow(MutualFundSip sip) {
        int completed = sip.completedInstalments() == null ? 0 : sip.completedInstalments();
        BigDecimal amount = sip.instalmentAmount() == null ? null : Inr.amount(sip.instalmentAmount());
        return new SipRow(sip.sipId(), sip.fund(), sip.instrumentKey(), sip.status(), sip.frequency(), amount,
                sip.instalmentDay(), date(sip.nextInstalment()), date(sip.lastInstalment()), date(sip.created()),
                completed, sip.instalments() == null || sip.instalments() >= UNTIL_CANCELLED ? null : sip.instalments(),
                Inr.amount(Inr.orZero(amount).multiply(BigDecimal.valueOf(completed))), sip.sipType());
    }

    /** Instalments a month; zero for a frequency Upstox has not documented, so it adds nothing it cannot know. */
    static BigDecimal perMonth(String frequency) {
        return frequency == null ? BigDecimal.ZERO
                : PER_MONTH.getOrDefault(frequency.toUpperCase(Locale.ROOT), BigDecimal.ZERO);
    }

    /** The date of {@code "2025-03-11 00:00:00.0"} or {@code "2026-03-06"}; null when absent or not a date. */
    static LocalDate date(String text) {
        if (text == null || text.length() < 10) return null;
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
