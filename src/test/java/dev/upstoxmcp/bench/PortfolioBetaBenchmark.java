package dev.upstoxmcp.bench;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.tools.risk.HoldingBeta;
import dev.upstoxmcp.tools.risk.PortfolioBetaAnswer;
import dev.upstoxmcp.tools.risk.PortfolioBetaService;
import dev.upstoxmcp.upstox.HistoryApi;
import dev.upstoxmcp.upstox.ParallelRequests;
import dev.upstoxmcp.upstox.PortfolioApi;
import dev.upstoxmcp.upstox.RateLimitConfig;
import dev.upstoxmcp.upstox.RequestBudget;
import dev.upstoxmcp.upstox.UpstoxResponse;
import dev.upstoxmcp.upstox.dto.CandleData;
import dev.upstoxmcp.upstox.dto.Holding;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentMaster;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;

/**
 * {@code get_portfolio_beta} for 50 holdings over 3 years, in-process, against an Upstox stand-in: a HistoryApi that
 * generates deterministic daily bars with known betas (one-factor model, seeded), answers after a simulated latency
 * and spends Upstox's request budget (50 requests a second, 500 a minute) through the project's {@link RequestBudget}.
 * Prints the cold wall time (nothing cached), the number of upstream calls, the rate-limit floor (calls / 50 s) and
 * the ratio of the two, the warm wall time (candles cached) and the error of the computed betas against the true
 * ones. Asserts nothing.
 *
 * <p>{@code ./mvnw -q test-compile exec:java@portfolio-beta} (options: {@code -Dbench.latency-ms=40
 * -Dbench.parallel=8 -Dbench.holdings=50 -Dbench.warm-runs=20}).
 */
public final class PortfolioBetaBenchmark {

    static final String NOW = "2026-11-20T15:45:00+05:30";
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 19);
    static final String INDEX_KEY = "NSE_INDEX|Nifty 50";

    private PortfolioBetaBenchmark() {}

    public static void main(String[] args) {
        int latencyMs = Integer.getInteger("bench.latency-ms", 40);
        int parallel = Integer.getInteger("bench.parallel", 8);
        int holdings = Integer.getInteger("bench.holdings", 50);
        int warmRuns = Integer.getInteger("bench.warm-runs", 20);
        Market market = new Market(holdings);
        System.out.printf(Locale.ROOT, "%d holdings + NIFTY 50, %d trading days of synthetic bars; upstream latency "
                + "%d ms; budget 50/s, 500/min; %d parallel requests%n", holdings, market.days.size(), latencyMs,
                parallel);
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, parallel));
        try {
            cold(market, latencyMs, new ParallelRequests(executor, parallel), "first run in a fresh JVM, " + parallel
                    + " at a time");
            for (int lanes : new int[] {1, parallel}) {
                for (int run = 1; run <= 3; run++) {
                    cold(market, latencyMs, new ParallelRequests(executor, lanes), "cold #" + run + ", " + lanes
                            + " at a time");
                }
            }
            Upstox upstox = new Upstox(market, latencyMs);
            PortfolioBetaService service = service(market, upstox, new ParallelRequests(executor, parallel));
            PortfolioBetaAnswer answer = service.beta("NIFTY 50", 3, 26, true).result();
            warm(service, upstox, warmRuns, true);
            warm(service, upstox, warmRuns, false);
            errors(answer, market);
        } finally {
            executor.shutdownNow();
        }
    }

    /** One answer with nothing cached (a new service, a new user's budget). */
    private static void cold(Market market, int latencyMs, ParallelRequests parallel, String label) {
        Upstox upstox = new Upstox(market, latencyMs);
        PortfolioBetaService service = service(market, upstox, parallel);
        long start = System.nanoTime();
        service.beta("NIFTY 50", 3, 26, true);
        double wall = (System.nanoTime() - start) / 1e9;
        double floor = upstox.historyCalls.get() / 50.0;
        System.out.printf(Locale.ROOT, "%-40s %.2f s wall, %d candle requests + %d holdings request; rate-limit "
                + "floor %.2f s; wall/floor %.2f%n", label + ":", wall, upstox.historyCalls.get(),
                upstox.holdingsCalls.get(), floor, wall / floor);
    }

    private static void warm(PortfolioBetaService service, Upstox upstox, int runs, boolean chart) {
        int before = upstox.historyCalls.get();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            service.beta("NIFTY 50", 3, 26, chart);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "warm (candles cached, %s), %d runs: p50 %.0f ms, min %.0f ms, max "
                + "%.0f ms; %d candle requests (the holdings request, %d ms, is in every run)%n",
                chart ? "3 charts drawn" : "chart=false", runs,
                nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, upstox.historyCalls.get() - before,
                upstox.latencyMs);
    }

    private static void errors(PortfolioBetaAnswer answer, Market market) {
        double worst = 0;
        double sum = 0;
        for (int i = 0; i < answer.holdings().size(); i++) {
            HoldingBeta holding = answer.holdings().get(i);
            double error = Math.abs(holding.dailyBeta() - market.betas[i]);
            worst = Math.max(worst, error);
            sum += error;
        }
        double trueWeighted = 0;
        double weights = 0;
        for (int i = 0; i < answer.holdings().size(); i++) {
            double weight = answer.holdings().get(i).weightPercent().doubleValue();
            trueWeighted += weight * market.betas[i];
            weights += weight;
        }
        System.out.printf(Locale.ROOT, "daily beta vs true beta, %d returns each: mean |error| %.3f, max %.3f "
                + "(expected SE about %.3f); portfolio %.3f, value-weighted holdings %.3f, true value-weighted %.3f%n",
                answer.daily().observations(), sum / answer.holdings().size(), worst,
                Market.IDIO_VOL / Market.MARKET_VOL / Math.sqrt(answer.daily().observations()),
                answer.daily().beta(), answer.weightedAverageDailyBeta(), trueWeighted / weights);
    }

    private static PortfolioBetaService service(Market market, Upstox upstox, ParallelRequests parallel) {
        InstrumentResolver resolver = new InstrumentResolver(InstrumentCatalog.of(new InstrumentMaster(
                market.instruments(), java.time.Instant.parse("2026-11-20T01:00:00Z"))));
        return FixtureBeans.at(NOW)
                .with(HistoryApi.class, upstox.history())
                .with(PortfolioApi.class, upstox.portfolio())
                .with(InstrumentResolver.class, resolver)
                .with(ParallelRequests.class, parallel)
                .get(PortfolioBetaService.class);
    }

    /** Synthetic daily closes: log return = beta_i * market + noise; betas spread from 0.4 to 1.6. */
    static final class Market {

        static final double MARKET_VOL = 0.135;
        static final double IDIO_VOL = 0.20;

        final List<LocalDate> days = new ArrayList<>();
        final double[] betas;
        final Map<String, double[]> closes = new ConcurrentHashMap<>();
        final List<String> keys = new ArrayList<>();

        Market(int holdings) {
            for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) days.add(day);
            }
            SplittableRandom random = new SplittableRandom(20261120L);
            double dt = 1.0 / 252;
            double[] market = new double[days.size()];
            for (int t = 1; t < market.length; t++) {
                market[t] = 0.10 * dt + MARKET_VOL * Math.sqrt(dt) * gauss(random);
            }
            closes.put(INDEX_KEY, path(20000, market));
            betas = new double[holdings];
            for (int i = 0; i < holdings; i++) {
                betas[i] = 0.4 + 1.2 * i / Math.max(1, holdings - 1);
                double[] returns = new double[days.size()];
                for (int t = 1; t < returns.length; t++) {
                    returns[t] = betas[i] * market[t] + IDIO_VOL * Math.sqrt(dt) * gauss(random);
                }
                String key = String.format(Locale.ROOT, "NSE_EQ|INBENCH%05d", i);
                keys.add(key);
                closes.put(key, path(100 + i, returns));
            }
        }

        List<Instrument> instruments() {
            List<Instrument> all = new ArrayList<>();
            all.add(new Instrument(INDEX_KEY, "NSE_INDEX", "NSE", "NIFTY", "Nifty 50", null, null, "INDEX", null, null,
                    0, null, null, null, false));
            for (int i = 0; i < keys.size(); i++) {
                String symbol = String.format(Locale.ROOT, "BENCH%02d", i);
                all.add(new Instrument(keys.get(i), "NSE_EQ", "NSE", symbol, "BENCHMARK COMPANY " + i, symbol,
                        keys.get(i).substring(7), "EQ", null, null, 1, new BigDecimal("0.05"), null, null, false));
            }
            return all;
        }

        /** Newest first, as Upstox sends them, from {@code from} to {@code to}. */
        CandleData candles(String key, LocalDate from, LocalDate to) {
            double[] series = closes.get(key);
            List<List<Object>> rows = new ArrayList<>();
            for (int t = days.size() - 1; t >= 0; t--) {
                if (days.get(t).isBefore(from) || days.get(t).isAfter(to)) continue;
                BigDecimal close = BigDecimal.valueOf(series[t]).setScale(2, RoundingMode.HALF_UP);
                rows.add(List.of(days.get(t) + "T00:00:00+05:30", close, close, close, close, 1000L, 0L));
            }
            return new CandleData(rows);
        }

        private static double[] path(double first, double[] logReturns) {
            double[] prices = new double[logReturns.length];
            prices[0] = first;
            for (int t = 1; t < prices.length; t++) prices[t] = prices[t - 1] * Math.exp(logReturns[t]);
            return prices;
        }

        private static double gauss(SplittableRandom random) {
            double u = 1.0 - random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        }
    }

    /** Upstox's history and portfolio APIs for one user: latency, request budget and call counts. */
    static final class Upstox {

        final Market market;
        final int latencyMs;
        final RequestBudget budget = new RequestBudget(new RateLimitConfig(50, 500, 2000, Duration.ofSeconds(30)));
        final AtomicInteger historyCalls = new AtomicInteger();
        final AtomicInteger holdingsCalls = new AtomicInteger();

        Upstox(Market market, int latencyMs) {
            this.market = market;
            this.latencyMs = latencyMs;
        }

        HistoryApi history() {
            return new HistoryApi() {
                @Override
                public UpstoxResponse<CandleData> historical(String key, String unit, int interval, String to,
                                                             String from) {
                    arrive("HistoryApi.historical");
                    historyCalls.incrementAndGet();
                    return new UpstoxResponse<>("success", market.candles(key, LocalDate.parse(from),
                            LocalDate.parse(to)));
                }

                @Override
                public UpstoxResponse<CandleData> intraday(String key, String unit, int interval) {
                    throw new UnsupportedOperationException("daily candles only");
                }
            };
        }

        PortfolioApi portfolio() {
            List<Holding> holdings = new ArrayList<>();
            for (int i = 0; i < market.keys.size(); i++) {
                double[] closes = market.closes.get(market.keys.get(i));
                BigDecimal last = BigDecimal.valueOf(closes[closes.length - 1]).setScale(2, RoundingMode.HALF_UP);
                holdings.add(new Holding(market.keys.get(i).substring(7), "BENCHMARK COMPANY " + i,
                        String.format(Locale.ROOT, "BENCH%02d", i), null, "NSE", market.keys.get(i), "D",
                        (long) (10_000 / last.doubleValue()) + 1, 0L, last, last, last, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, 0L, null, 0L, BigDecimal.ZERO));
            }
            UpstoxResponse<List<Holding>> answer = new UpstoxResponse<>("success", holdings);
            return (PortfolioApi) Proxy.newProxyInstance(PortfolioApi.class.getClassLoader(),
                    new Class<?>[] {PortfolioApi.class}, (proxy, method, arguments) -> {
                        if (!method.getName().equals("longTermHoldings")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        arrive("PortfolioApi.longTermHoldings");
                        holdingsCalls.incrementAndGet();
                        return answer;
                    });
        }

        private void arrive(String api) {
            budget.take("bench-user", api);
            try {
                Thread.sleep(latencyMs);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
