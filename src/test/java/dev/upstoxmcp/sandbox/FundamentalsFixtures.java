package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;
import static dev.upstoxmcp.sandbox.Fixtures.success;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

import dev.upstoxmcp.sandbox.Companies.Company;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.Security;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fundamentals of every equity the demo account holds ({@code GET /v2/fundamentals/{isin}/...} and
 * {@code /v2/fundamentals/{instrument_key}/competitors}). <b>The figures are invented</b> (see {@link Companies}):
 * five financial years to March 2026 are derived from each company's latest-year revenue, margins, equity and assets,
 * growing back at its growth rate with a little seeded noise; key ratios come from the latest year and a market
 * capitalisation of the world's last close × an assumed share count; shareholding drifts a little over four quarters.
 * Corporate actions come from {@link CorporateActionFixtures}. Statements are consolidated and yearly, without the
 * full statement ({@code fs=false}), which is what the tools ask for.
 */
final class FundamentalsFixtures {

    static final int LATEST_YEAR = 2026;
    static final int YEARS = 5;
    static final List<String> QUARTERS = List.of("Sep 2026", "Jun 2026", "Mar 2026", "Dec 2025");
    /** How Upstox's sample converts the sector's capitalisation to US dollars. */
    static final double INR_PER_USD = 90.0;
    /** Depreciation takes about a fifth of operating profit before EBIT. */
    private static final double EBIT_SHARE = 0.82;

    void addTo(Fixtures fixtures) {
        for (Company company : Companies.HELD) {
            Security security = Securities.bySymbol(company.symbol());
            String name = "fundamentals/" + company.symbol() + "/";
            String base = "/v2/fundamentals/" + security.isin() + "/";
            String of = " of " + company.symbol() + " (invented figures)";
            Financials financials = new Financials(company);
            fixtures.endpoint(name + "profile", "Company profile" + of, base + "profile", success(profile(company)));
            fixtures.endpoint(name + "key-ratios", "Key ratios" + of, base + "key-ratios",
                    success(keyRatios(company, security, financials)));
            fixtures.endpoint(name + "income-statement", "Consolidated yearly income statement" + of,
                    Fixtures.Request.path(base + "income-statement").query("type", "consolidated")
                            .query("time_period", "yearly").query("fs", "false"),
                    success(financials.incomeStatement()));
            fixtures.endpoint(name + "balance-sheet", "Consolidated balance sheet" + of,
                    Fixtures.Request.path(base + "balance-sheet").query("type", "consolidated").query("fs", "false"),
                    success(financials.balanceSheet()));
            fixtures.endpoint(name + "cash-flow", "Consolidated cash flow" + of,
                    Fixtures.Request.path(base + "cash-flow").query("type", "consolidated").query("fs", "false"),
                    success(financials.cashFlow()));
            fixtures.endpoint(name + "share-holdings", "Shareholding pattern" + of, base + "share-holdings",
                    success(shareHoldings(company)));
            fixtures.endpoint(name + "corporate-actions", "Corporate actions" + of, base + "corporate-actions",
                    success(CorporateActionFixtures.of(company)));
            fixtures.endpoint(name + "competitors", "Competitors" + of, Fixtures.Request.pathPattern(
                    "/v2/fundamentals/NSE_EQ(\\||%7C|%7c)" + security.isin() + "/competitors"),
                    success(competitors(company)));
        }
    }

    static ObjectNode profile(Company company) {
        ObjectNode profile = NODES.objectNode().put("company_profile", company.profile())
                .put("sector", company.sector());
        sectorMarketCap(profile, company.sector());
        return profile;
    }

    private static void sectorMarketCap(ObjectNode node, String sector) {
        double crore = Companies.SECTOR_MARKET_CAP.get(sector);
        BigDecimal inr = BigDecimal.valueOf(crore).setScale(2, RoundingMode.HALF_UP);
        BigDecimal usd = BigDecimal.valueOf(crore * 1e7 / INR_PER_USD / 1e9).setScale(2, RoundingMode.HALF_UP);
        node.putObject("sector_market_cap_inr").put("value", inr).put("unit", "crore")
                .put("formatted", grouped(inr) + " Cr");
        node.putObject("sector_market_cap_usd").put("value", usd).put("unit", "billion")
                .put("formatted", "$" + usd.toPlainString() + "B");
    }

    /** P/E, P/B, ROA, ROE, ROCE and EV/EBITDA of the latest year against the sector's. */
    static ArrayNode keyRatios(Company company, Security security, Financials financials) {
        double marketCap = company.sharesCrore() * Double.parseDouble(security.lastClose());
        double net = financials.netProfit(0);
        double operating = financials.operatingProfit(0);
        double[] sector = Companies.SECTOR_RATIOS.get(company.sector());
        ArrayNode ratios = NODES.arrayNode();
        ratio(ratios, "P/E", plain(marketCap / net), plain(sector[0]));
        ratio(ratios, "P/B", plain(marketCap / company.equity()), plain(sector[1]));
        ratio(ratios, "ROA", percent(100 * net / company.assets()), percent(sector[2]));
        ratio(ratios, "ROE", percent(100 * net / company.equity()), percent(sector[3]));
        ratio(ratios, "ROCE", percent(100 * operating * EBIT_SHARE / (company.equity() + company.debt())),
                percent(sector[4]));
        // Upstox shows no EV/EBITDA for banks: deposits are not debt and there is no EBITDA to speak of.
        ratio(ratios, "EV/EBITDA", company.isBank() ? "-" : plain((marketCap + company.debt()) / operating),
                company.isBank() ? "-" : plain(sector[5]));
        return ratios;
    }

    private static void ratio(ArrayNode ratios, String name, String company, String sector) {
        ratios.addObject().put("name", name).put("company_value", company).put("sector_value", sector);
    }

    static ArrayNode shareHoldings(Company company) {
        SplittableRandom random = new SplittableRandom(company.symbol().hashCode() * 7L);
        Companies.Holders latest = company.holders();
        double[][] quarters = new double[QUARTERS.size()][];
        double[] current = {latest.promoters(), latest.fii(), latest.otherDii(), latest.mutualFunds()};
        for (int q = 0; q < QUARTERS.size(); q++) {
            quarters[q] = current.clone();
            for (int c = 0; c < current.length; c++) {   // a quarter earlier: promoters barely move, funds more
                double drift = c == 0 ? (current[0] == 0 ? 0 : 0.01 * (random.nextInt(3) - 1))
                        : (random.nextDouble() - 0.5) * 1.2;
                current[c] = Math.max(0, current[c] - drift);
            }
        }
        ArrayNode categories = NODES.arrayNode();
        String[] names = {"promoters", "fii", "other_dii", "mutual_funds", "retail_and_other"};
        for (int c = 0; c < names.length; c++) {
            ArrayNode history = categories.addObject().put("category", names[c]).putArray("history");
            for (int q = 0; q < QUARTERS.size(); q++) {
                double value = c < 4 ? quarters[q][c]
                        : 100 - quarters[q][0] - quarters[q][1] - quarters[q][2] - quarters[q][3];
                history.addObject().put("period", QUARTERS.get(q)).put("value", round(value, 2));
            }
        }
        return categories;
    }

    static ArrayNode competitors(Company company) {
        ArrayNode peers = NODES.arrayNode();
        for (String symbol : company.competitors()) {
            Companies.Peer peer = Companies.peer(symbol);
            ObjectNode entry = peers.addObject().put("company_profile", peer.profile()).put("sector", peer.sector());
            sectorMarketCap(entry, peer.sector());
            entry.put("instrument_key", "NSE_EQ|" + isin(symbol));
        }
        return peers;
    }

    private static String isin(String symbol) {
        Security security = Securities.BY_SYMBOL.get(symbol);
        if (security != null) return security.isin();
        Optional<String[]> listed = InstrumentFixtures.MORE_EQUITIES.stream()
                .filter(company -> company[0].equals(symbol)).findFirst();
        return listed.orElseThrow(() -> new IllegalArgumentException("not in the instrument master: " + symbol))[2];
    }

    /** The five years of one company's statements, newest (index 0, year to March 2026) first. */
    static final class Financials {

        private final Company company;
        private final double[] revenue = new double[YEARS];
        private final double[] operatingMargin = new double[YEARS];
        private final double[] netMargin = new double[YEARS];
        private final double[] cashNoise = new double[YEARS * 2];

        Financials(Company company) {
            this.company = company;
            SplittableRandom random = new SplittableRandom(company.symbol().hashCode());
            for (int k = 0; k < YEARS; k++) {
                double noise = k == 0 ? 0 : random.nextDouble() - 0.5;
                revenue[k] = company.revenue() / Math.pow(1 + company.growth(), k) * (1 + 0.04 * noise);
                operatingMargin[k] = company.operatingMargin() + (k == 0 ? 0 : 0.02 * (random.nextDouble() - 0.5));
                netMargin[k] = company.netMargin() + (k == 0 ? 0 : 0.016 * (random.nextDouble() - 0.5));
            }
            for (int i = 0; i < cashNoise.length; i++) cashNoise[i] = random.nextDouble() - 0.5;
        }

        double netProfit(int k) {
            return Math.round(revenue[k] * netMargin[k]);
        }

        double operatingProfit(int k) {
            return Math.round(revenue[k] * operatingMargin[k]);
        }

        ObjectNode incomeStatement() {
            ObjectNode statement = header();
            ArrayNode lines = statement.putArray("income_statement");
            line(lines, "revenue", k -> Math.round(revenue[k]));
            line(lines, "operating_profit", this::operatingProfit);
            line(lines, "net_profit", this::netProfit);
            return statement;
        }

        ObjectNode cashFlow() {
            ObjectNode statement = header();
            ArrayNode lines = statement.putArray("cash_flow");
            line(lines, "operating", this::operatingCash);
            line(lines, "investing", k -> Math.round(-operatingCash(k) * (0.55 + 0.2 * cashNoise[k])));
            line(lines, "financing", k -> Math.round(-operatingCash(k) * (0.35 + 0.2 * cashNoise[YEARS + k])));
            return statement;
        }

        ObjectNode balanceSheet() {
            ObjectNode statement = header();
            ArrayNode history = statement.putArray("history");
            for (int k = 0; k < YEARS; k++) {
                double shrink = Math.pow(1 + company.growth(), k);
                long assets = Math.round(company.assets() / shrink);
                long equity = Math.round(company.equity() / shrink);
                history.addObject().put("total_asset", assets).put("total_liability", assets - equity)
                        .put("period", period(k));
            }
            return statement;
        }

        private double operatingCash(int k) {
            return Math.round(netProfit(k) * 1.35);
        }

        private ObjectNode header() {
            return NODES.objectNode().put("type", "consolidated").put("time_period", "yearly")
                    .put("units_in", "crore");
        }

        private static void line(ArrayNode lines, String category, IntToDoubleFunction value) {
            ArrayNode history = lines.addObject().put("category", category).putArray("history");
            for (int k = 0; k < YEARS; k++) {
                ObjectNode item = history.addObject().put("value", (long) value.applyAsDouble(k))
                        .put("period", period(k));
                if (k < YEARS - 1) item.put("change", change(value.applyAsDouble(k), value.applyAsDouble(k + 1)));
            }
        }

        private static String period(int k) {
            return "Mar " + (LATEST_YEAR - k);
        }
    }

    /** {@code "+12.54%"}: the change from {@code previous} to {@code value}, against the size of {@code previous}. */
    static String change(double value, double previous) {
        double percent = previous == 0 ? 0 : 100 * (value - previous) / Math.abs(previous);
        return (percent >= 0 ? "+" : "") + BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP) + "%";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(double value) {
        return plain(value) + "%";
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    /** {@code 1,942,866.05}: the grouping of Upstox's {@code formatted} field. */
    private static String grouped(BigDecimal value) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
