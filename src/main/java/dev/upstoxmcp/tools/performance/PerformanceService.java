package dev.upstoxmcp.tools.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import dev.upstoxmcp.analytics.TimeWeightedReturn;
import dev.upstoxmcp.analytics.Xirr;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.Figures;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.ProgressSteps;
import dev.upstoxmcp.tools.market.Candle;
import dev.upstoxmcp.tools.market.CandleService;
import dev.upstoxmcp.tools.portfolio.DeliveryTrade;
import dev.upstoxmcp.tools.portfolio.HoldingLots;
import dev.upstoxmcp.tools.portfolio.LotBook;
import dev.upstoxmcp.tools.portfolio.OpenLotsService;
import dev.upstoxmcp.upstox.CandleUnit;
import dev.upstoxmcp.upstox.ParallelRequests;
import dev.upstoxmcp.upstox.dto.Holding;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * XIRR and time-weighted return of the delivery holdings from the trade history and daily closes. The holdings'
 * value on a day is Σ quantity held after that day's trades × that day's close (today: last price, as get_holdings);
 * flows are the delivery trades (buy = money in, sale = money out), at the end of their day.
 */
@ApplicationScoped
public class PerformanceService {

    /** Days before the base date fetched too, so the base has a close even after a long holiday. */
    static final int CLOSE_LOOKBACK_DAYS = 10;

    static final String METHOD = """
            Money-weighted return (XIRR): the yearly rate r that makes the net present value of the cash flows zero, \
            NPV(r) = Σ CF_k / (1 + r)^(days_k / 365) = 0, solved with Brent's method on a bracketing interval. Flows: \
            the holdings' value at the close before the period (money in), each delivery buy (in) and sale (out) at \
            its traded amount, gross of charges (Upstox's trade history has no per-trade charges; get_pnl_report has \
            them), and the holdings' value at the end (out; today: last prices, equal to get_holdings' current \
            value). It measures the investor's own result, including the timing of their buys and sales. \
            Time-weighted return (TWR): the growth of one rupee left invested, Π (1 + r_d) − 1 over trading days, \
            r_d = (V_d − CF_d) / V_(d−1) − 1 where V_d is the holdings' value at day d's close and CF_d that day's \
            net buys (flows at the end of the day); it removes the effect of when money came and went, so it \
            compares with an index. Annualised as (1 + TWR)^(365 / days) − 1 for periods of at least a year. \
            Quantities on past days are today's holdings less later trades; prices are daily closes, not adjusted \
            for corporate actions (splits and bonuses are not handled). Same-day buys and sells of a security are \
            intraday and left out; trades that do not reconcile with the holdings (margin, open positions) too. \
            Mutual funds are not included.""";

    @Inject
    OpenLotsService lots;

    @Inject
    CandleService candles;

    @Inject
    InstrumentResolver instruments;

    @Inject
    ParallelRequests parallel;

    @Inject
    AnswerStamp stamp;

    public PortfolioPerformance performance(String period, Optional<LocalDate> from, Optional<LocalDate> to) {
        return performance(period, from, to, Progress.NONE);
    }

    /**
     * As above, reporting one step for the holdings and trade history, one per candle history fetched and one for
     * the returns.
     */
    public PortfolioPerformance performance(String period, Optional<LocalDate> from, Optional<LocalDate> to,
                                            Progress progress) {
        PerformancePeriod span = PerformancePeriod.of(period, from, to, stamp.now().toLocalDate(),
                lots.historyStart());
        ProgressSteps steps = new ProgressSteps(progress, 2);
        LotBook book = lots.book();
        List<SecurityHistory> securities = securities(book, span, steps);
        List<LocalDate> days = days(securities, span);
        double[] values = new double[days.size()];
        double[] flows = new double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            values[i] = value(securities, day, book.today()).doubleValue();
            flows[i] = i == 0 ? 0 : flow(securities, day).doubleValue();
        }
        List<DeliveryTrade> trades = securities.stream().flatMap(security -> security.trades().stream())
                .filter(trade -> trade.date().isAfter(span.base()) && !trade.date().isAfter(span.end())).toList();
        BigDecimal start = Inr.amount(value(securities, span.base(), book.today()));
        BigDecimal end = Inr.amount(value(securities, span.end(), book.today()));
        BigDecimal bought = Inr.amount(sum(trades, true));
        BigDecimal sold = Inr.amount(sum(trades, false));
        double twr = TimeWeightedReturn.of(values, flows);
        long length = ChronoUnit.DAYS.between(span.base(), span.end());
        steps.finish("Computed XIRR and TWR of " + securities.size() + " securities");
        return new PortfolioPerformance(span.label(), span.from(), span.end(), days.get(0), start, end, bought, sold,
                end.subtract(start).subtract(bought).add(sold), trades.size(), xirr(span, start, end, trades),
                Figures.percent(twr), length >= 365 ? Figures.percent(TimeWeightedReturn.annualise(twr, length)) : null,
                monthly(days, values, flows), book.unexplained(), book.historyStart(), METHOD, stamp.now(),
                stamp.source());
    }

    /** Every security held at some point of the period: today's holdings and those traded since the base. */
    private List<SecurityHistory> securities(LotBook book, PerformancePeriod span, ProgressSteps steps) {
        Map<String, List<DeliveryTrade>> tradesByKey = new LinkedHashMap<>();
        book.trades().forEach(trade -> tradesByKey.computeIfAbsent(trade.instrumentKey(), key -> new ArrayList<>())
                .add(trade));
        Map<String, Holding> held = new LinkedHashMap<>();
        for (HoldingLots holding : book.holdings()) held.put(holding.holding().instrumentKey(), holding.holding());
        List<String> keys = new ArrayList<>(held.keySet());
        tradesByKey.keySet().stream().filter(key -> !held.containsKey(key)).forEach(keys::add);
        List<SecurityHistory> heldDuring = new ArrayList<>();
        for (String key : keys) {
            Holding holding = held.get(key);
            List<DeliveryTrade> trades = tradesByKey.getOrDefault(key, List.of());
            SecurityHistory bare = new SecurityHistory(holding == null ? trades.get(0).symbol() : holding.symbol(),
                    key, holding == null ? 0 : LotBook.quantity(holding), holding == null ? null
                    : holding.lastPrice(), trades, new TreeMap<>());
            if (isHeldDuring(bare, span)) heldDuring.add(bare);
        }
        steps.total(heldDuring.size() + 2);
        steps.done("Read the holdings and trade history; fetching " + heldDuring.size() + " daily candle histories");
        return parallel.all(heldDuring.stream().<Supplier<SecurityHistory>>map(security -> () -> {
            SecurityHistory fetched = withCloses(security, span);
            steps.done("Fetched daily closes of " + security.symbol());
            return fetched;
        }).toList());
    }

    private static boolean isHeldDuring(SecurityHistory security, PerformancePeriod span) {
        return security.quantityAt(span.base()) != 0 || security.quantityAt(span.end()) != 0
                || security.trades().stream().anyMatch(trade -> trade.date().isAfter(span.base())
                && !trade.date().isAfter(span.end()));
    }

    private SecurityHistory withCloses(SecurityHistory security, PerformancePeriod span) {
        TreeMap<LocalDate, BigDecimal> closes = new TreeMap<>();
        for (Candle candle : candles.history(instruments.resolve(security.instrumentKey()), CandleUnit.DAYS, 1,
                span.base().minusDays(CLOSE_LOOKBACK_DAYS), span.end())) {
            closes.put(LocalDate.parse(candle.t()), candle.c());
        }
        return new SecurityHistory(security.symbol(), security.instrumentKey(), security.held(),
                security.lastPrice(), security.trades(), closes);
    }

    /** The base, then every trading day (a day with a close or a trade) up to the end. */
    private static List<LocalDate> days(List<SecurityHistory> securities, PerformancePeriod span) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (SecurityHistory security : securities) {
            days.addAll(security.closes().subMap(span.base(), false, span.end(), true).keySet());
            security.trades().forEach(trade -> days.add(trade.date()));
        }
        List<LocalDate> inside = new ArrayList<>(days.subSet(span.base(), false, span.end(), true));
        if (inside.isEmpty() || !inside.get(inside.size() - 1).equals(span.end())) inside.add(span.end());
        inside.add(0, span.base());
        return inside;
    }

    private static BigDecimal value(List<SecurityHistory> securities, LocalDate day, LocalDate today) {
        return securities.stream().map(security -> security.valueAt(day, today)).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** Net money put in on the day: buys − sales. */
    private static BigDecimal flow(List<SecurityHistory> securities, LocalDate day) {
        return securities.stream().flatMap(security -> security.trades().stream())
                .filter(trade -> trade.date().equals(day))
                .map(trade -> trade.quantity() > 0 ? trade.amount() : trade.amount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<DeliveryTrade> trades, boolean buys) {
        return trades.stream().filter(trade -> trade.quantity() > 0 == buys).map(DeliveryTrade::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Null when the flows have no rate (nothing held and nothing bought, say). */
    private static BigDecimal xirr(PerformancePeriod span, BigDecimal start, BigDecimal end,
                                   List<DeliveryTrade> trades) {
        List<Xirr.Flow> flows = new ArrayList<>();
        if (start.signum() != 0) flows.add(new Xirr.Flow(span.base(), -start.doubleValue()));
        for (DeliveryTrade trade : trades) {
            double amount = trade.amount().doubleValue();
            flows.add(new Xirr.Flow(trade.date(), trade.quantity() > 0 ? -amount : amount));
        }
        if (end.signum() != 0) flows.add(new Xirr.Flow(span.end(), end.doubleValue()));
        try {
            return Figures.percent(Xirr.of(flows));
        } catch (IllegalArgumentException noRate) {
            return null;
        }
    }

    private static List<MonthlyReturn> monthly(List<LocalDate> days, double[] values, double[] flows) {
        double[] returns = TimeWeightedReturn.subPeriodReturns(values, flows);
        Map<YearMonth, List<Integer>> byMonth = new LinkedHashMap<>();
        for (int i = 1; i < days.size(); i++) {
            byMonth.computeIfAbsent(YearMonth.from(days.get(i)), month -> new ArrayList<>()).add(i);
        }
        List<MonthlyReturn> months = new ArrayList<>();
        byMonth.forEach((month, indices) -> {
            double growth = 1;
            double net = 0;
            for (int i : indices) {
                growth *= 1 + returns[i - 1];
                net += flows[i];
            }
            int first = indices.get(0);
            int last = indices.get(indices.size() - 1);
            months.add(new MonthlyReturn(month.toString(), Figures.percent(growth - 1), money(values[first - 1]),
                    money(values[last]), money(net)));
        });
        return months;
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
