package dev.upstoxmcp.tools.allocation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/**
 * How the account's money is spread: by asset class, by sector and by company size, how concentrated it is, and
 * flags where it is concentrated beyond stated limits. Amounts in INR; holdings valued at quantity × last price (as
 * in get_holdings), funds at units × latest NAV (as in get_mutual_fund_holdings). Weights are % of
 * {@code totalValue} (holdings, funds and cash); {@code equityWeightPercent} is % of the company shares alone.
 *
 * @param holdingsValue everything but cash: what the concentration measures look at
 * @param equityValue   company shares (direct equity)
 * @param cash          cash available to trade (margin from pledged shares excluded), null when left out
 * @param notes         how figures were derived, and data that was missing
 */
public record DiversificationAnswer(
        BigDecimal totalValue,
        BigDecimal holdingsValue,
        BigDecimal equityValue,
        BigDecimal cash,
        List<AllocationRow> assetClasses,
        List<AllocationRow> sectors,
        List<AllocationRow> marketCaps,
        ConcentrationFigures concentration,
        List<Flag> flags,
        List<HoldingLine> holdings,
        List<String> notes,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    /**
     * One bucket of a table.
     *
     * @param equityWeightPercent % of direct equity, for buckets of company shares; null for others
     * @param holdings            symbols (fund names for mutual funds) in the bucket, largest first
     */
    public record AllocationRow(String name, BigDecimal value, BigDecimal weightPercent,
                                BigDecimal equityWeightPercent, int count, List<String> holdings) {}

    /**
     * Concentration of the holdings (each stock, ETF, bond and fund scheme one holding; cash excluded; a fund is not
     * looked through) and of the company shares' sectors (sectors Upstox does not report left out). HHI
     * {@code = Σ (100·w)²} on 0-10,000; effective number {@code = 1 / Σ w²}.
     *
     * @param level {@code unconcentrated} (HHI below 1,500), {@code moderately concentrated} (1,500-2,500) or
     *              {@code highly concentrated} (above 2,500)
     */
    public record ConcentrationFigures(BigDecimal hhi, String level, BigDecimal effectiveHoldings,
                                       BigDecimal top1Percent, String top1, BigDecimal top5Percent,
                                       List<String> top5, BigDecimal sectorHhi, String sectorLevel,
                                       BigDecimal effectiveSectors) {}

    /** A concentration beyond a stated limit, in plain words; {@code rule} names the rule (see the notes). */
    public record Flag(String rule, String message) {}

    /**
     * One holding.
     *
     * @param symbol         trading symbol; null for a mutual fund (see {@code name}) and cash
     * @param marketCap      size class of a company share, from {@code marketCapCrore}; null for other assets
     * @param marketCapCrore estimated market capitalisation, INR crore (see {@code marketCapBasis})
     * @param note           why a sector or market cap is unknown
     */
    public record HoldingLine(String symbol, String name, String isin, AssetClass assetClass, String sector,
                              MarketCapBucket marketCap, BigDecimal marketCapCrore, String marketCapBasis,
                              BigDecimal value, BigDecimal weightPercent, String note) {}

    @Override
    public String summary() {
        if (totalValue.signum() == 0) return "Nothing to analyse: no holdings, funds or cash.";
        String mix = assetClasses.stream().map(row -> row.name().replace('_', ' ') + " "
                + row.weightPercent().toPlainString() + "%").collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(Inr.format(totalValue)).append(": ").append(mix);
        sectors.stream().filter(row -> row.equityWeightPercent() != null).findFirst().ifPresent(top -> text
                .append("; largest stock sector ").append(top.name()).append(" ")
                .append(top.equityWeightPercent().toPlainString()).append("% of stocks"));
        if (concentration != null) {
            text.append("; HHI ").append(concentration.hhi().toPlainString()).append(" (").append(concentration
                    .level()).append("), ").append(concentration.effectiveHoldings().toPlainString())
                    .append(" effective holdings");
        }
        text.append(flags.isEmpty() ? "; no concentration flags" : "; " + flags.size() + (flags.size() == 1
                ? " flag: " : " flags: ") + flags.stream().map(Flag::message).collect(Collectors.joining(" ")));
        return text.append(flags.isEmpty() ? "." : "").toString();
    }
}
