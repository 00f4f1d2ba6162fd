package dev.upstoxmcp.tools.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.upstoxmcp.analytics.AlignedSeries;
import dev.upstoxmcp.analytics.BuyAndHold;
import dev.upstoxmcp.analytics.DatedSeries;
import dev.upstoxmcp.upstox.instruments.Instrument;

/**
 * The portfolio and a benchmark over a period: each holding's daily closes, the benchmark's, and the buy-and-hold
 * value of today's quantities ({@link BuyAndHold#value}).
 */
record PortfolioHistory(Instrument benchmark, LocalDate from, LocalDate to, List<HeldSeries> holdings,
                        DatedSeries benchmarkCloses, DatedSeries portfolioValue) {

    /** How the series are built, in words, for every answer made from them. */
    String method() {
        return "Today's holdings held throughout (buy-and-hold): portfolio value V_t = sum of quantity x close on "
                + "each day, with today's quantities for the whole period; past trades are ignored, so this measures "
                + "what is held now, not the account's past returns. Weights are today's values. Prices are the daily "
                + "closes of Upstox historical candles, not adjusted for dividends. Portfolio and " + benchmark.name()
                + " closes are matched on the dates both traded (a holiday of either side drops the date; nothing is "
                + "filled forward); within the portfolio a holding without a close on a day counts at its last "
                + "close, and before its first close (a later listing) it is left out. Returns are simple, P_t / "
                + "P_t-1 - 1; weekly returns use the last close of each ISO week, quarterly the last close of each "
                + "calendar quarter. Series end on the last session before today.";
    }

    static PortfolioHistory of(Instrument benchmark, LocalDate from, LocalDate to, List<HeldSeries> holdings,
                               DatedSeries benchmarkCloses) {
        double[] quantities = holdings.stream().mapToDouble(HeldSeries::quantity).toArray();
        DatedSeries value = BuyAndHold.value(holdings.stream().map(HeldSeries::closes).toList(), quantities);
        return new PortfolioHistory(benchmark, from, to, List.copyOf(holdings), benchmarkCloses, value);
    }

    /** Portfolio value and benchmark closes on the dates both have. */
    AlignedSeries aligned() {
        return AlignedSeries.of(portfolioValue, benchmarkCloses);
    }

    /** A holding's closes and the benchmark's on the dates both have. */
    AlignedSeries aligned(HeldSeries holding) {
        return AlignedSeries.of(holding.closes(), benchmarkCloses);
    }

    BigDecimal currentValue() {
        return holdings.stream().map(HeldSeries::currentValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
