package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.dto.PnlCharges;

/**
 * What trading cost, in INR, as Upstox's P&amp;L report counts it: brokerage, GST, securities transaction tax (STT),
 * stamp duty, exchange transaction charges, clearing, SEBI turnover fee, investor protection fund (IPFT), depository
 * (DP) charges on delivery sales, and other charges; {@code total} is their sum as Upstox reports it.
 */
public record ChargesBreakdown(
        BigDecimal total,
        BigDecimal brokerage,
        BigDecimal gst,
        BigDecimal stt,
        BigDecimal stampDuty,
        BigDecimal exchangeTransaction,
        BigDecimal clearing,
        BigDecimal sebiTurnover,
        BigDecimal ipft,
        BigDecimal dpCharges,
        BigDecimal others) {

    public static final ChargesBreakdown NONE = new ChargesBreakdown(zero(), zero(), zero(), zero(), zero(), zero(),
            zero(), zero(), zero(), zero(), zero());

    /** Absent parts count as zero. */
    static ChargesBreakdown of(PnlCharges charges) {
        var breakdown = Optional.ofNullable(charges).map(PnlCharges::chargesBreakdown);
        var taxes = breakdown.map(PnlCharges.Breakdown::taxes);
        var other = breakdown.map(PnlCharges.Breakdown::charges);
        return new ChargesBreakdown(amount(breakdown, PnlCharges.Breakdown::total),
                amount(breakdown, PnlCharges.Breakdown::brokerage), amount(taxes, PnlCharges.Taxes::gst),
                amount(taxes, PnlCharges.Taxes::stt), amount(taxes, PnlCharges.Taxes::stampDuty),
                amount(other, PnlCharges.Charges::transaction), amount(other, PnlCharges.Charges::clearing),
                amount(other, PnlCharges.Charges::sebiTurnover), amount(other, PnlCharges.Charges::ipft),
                amount(other, PnlCharges.Charges::dematTransaction), amount(other, PnlCharges.Charges::others));
    }

    /** Both together, e.g. the charges of two segments. */
    public ChargesBreakdown plus(ChargesBreakdown other) {
        return new ChargesBreakdown(total.add(other.total), brokerage.add(other.brokerage), gst.add(other.gst),
                stt.add(other.stt), stampDuty.add(other.stampDuty),
                exchangeTransaction.add(other.exchangeTransaction), clearing.add(other.clearing),
                sebiTurnover.add(other.sebiTurnover), ipft.add(other.ipft), dpCharges.add(other.dpCharges),
                others.add(other.others));
    }

    private static <T> BigDecimal amount(Optional<T> part, Function<T, BigDecimal> field) {
        return Inr.amount(part.map(field).orElse(BigDecimal.ZERO));
    }

    private static BigDecimal zero() {
        return Inr.amount(BigDecimal.ZERO);
    }
}
