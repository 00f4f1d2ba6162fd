package dev.upstoxmcp.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Money-weighted return of dated cash flows, annualised (Excel's XIRR): the rate r with
 * {@code NPV(r) = Σ CF_k / (1 + r)^(d_k / 365) = 0}, d_k the days from the first flow (actual/365). Flows are the
 * investor's: money put in is negative, money taken out (and the final value) positive.
 * <p>
 * Solved with commons-math3's {@link BrentSolver} on a bracket where NPV changes sign: the search starts at
 * [−99.99 %, +100 %] and doubles the upper bound up to 10^6 (a bracket makes Brent's method converge surely, unlike
 * Newton's method from a guess).
 */
public final class Xirr {

    private static final double LOWEST = -0.9999;
    private static final double HIGHEST = 1e6;
    private static final int MAX_EVALUATIONS = 1_000;

    private Xirr() {}

    /** One dated flow; negative is money in, positive money out. */
    public record Flow(LocalDate date, double amount) {}

    /** The annual rate, e.g. 0.10 for 10 %. */
    public static double of(List<Flow> flows) {
        if (flows.size() < 2) throw new IllegalArgumentException("XIRR needs at least two cash flows");
        boolean in = flows.stream().anyMatch(flow -> flow.amount() < 0);
        boolean out = flows.stream().anyMatch(flow -> flow.amount() > 0);
        if (!in || !out) throw new IllegalArgumentException("XIRR needs money both put in and taken out");
        LocalDate first = flows.stream().map(Flow::date).min(LocalDate::compareTo).orElseThrow();
        if (flows.stream().allMatch(flow -> flow.date().equals(first))) {
            throw new IllegalArgumentException("XIRR needs cash flows on at least two dates");
        }
        UnivariateFunction npv = rate -> npv(flows, first, rate);
        double upper = 1.0;
        while (Math.signum(npv.value(LOWEST)) == Math.signum(npv.value(upper)) && upper < HIGHEST) upper *= 2;
        if (Math.signum(npv.value(LOWEST)) == Math.signum(npv.value(upper))) {
            throw new IllegalArgumentException("no rate between -99.99% and 10^8 % makes these flows' NPV zero");
        }
        try {
            return new BrentSolver(1e-12).solve(MAX_EVALUATIONS, npv, LOWEST, upper);
        } catch (MathIllegalStateException notConverged) {
            throw new IllegalArgumentException("XIRR did not converge for these flows", notConverged);
        }
    }

    /** {@code Σ CF_k / (1 + rate)^(days_k / 365)}. */
    public static double npv(List<Flow> flows, LocalDate first, double rate) {
        double sum = 0;
        for (Flow flow : flows) {
            double years = ChronoUnit.DAYS.between(first, flow.date()) / 365.0;
            sum += flow.amount() / Math.pow(1 + rate, years);
        }
        return sum;
    }
}
