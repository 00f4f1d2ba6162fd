package dev.upstoxmcp.tools.research;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.upstox.DataSource;

/**
 * A listed company's fundamentals, the sections asked for; the others are absent. Statement amounts are in INR crore
 * (see each section's {@code units}), consolidated and yearly, newest year first; percentages are plain numbers.
 */
public record FundamentalsAnswer(
        InstrumentRef instrument,
        String isin,
        List<FundamentalsSection> sections,
        Profile profile,
        KeyRatios keyRatios,
        IncomeStatement incomeStatement,
        BalanceSheet balanceSheet,
        CashFlow cashFlow,
        Shareholding shareholding,
        Competitors competitors,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    /** What the company does; the size of its sector in INR crore and in US dollars ({@code "$365.13B"}). */
    public record Profile(String description, String sector, BigDecimal sectorMarketCapCrore,
                          String sectorMarketCapUsd) {}

    /** Ratios as Upstox formats them ({@code "23.53"}, {@code "51.33%"}), the company's beside its sector's. */
    public record KeyRatios(List<Ratio> ratios) {}

    public record Ratio(String name, String company, String sector) {}

    /** Revenue, operating profit (before depreciation) and net profit per year, with growth and margins in %. */
    public record IncomeStatement(String basis, String units, List<IncomeYear> years) {}

    public record IncomeYear(String period, BigDecimal revenue, BigDecimal operatingProfit, BigDecimal netProfit,
                             BigDecimal revenueGrowthPercent, BigDecimal netProfitGrowthPercent,
                             BigDecimal operatingMarginPercent, BigDecimal netMarginPercent) {}

    /** Total assets, total liabilities and what is left for shareholders (net worth) per year end. */
    public record BalanceSheet(String basis, String units, List<BalanceSheetYear> years) {}

    public record BalanceSheetYear(String period, BigDecimal totalAssets, BigDecimal totalLiabilities,
                                   BigDecimal netWorth) {}

    /** Cash from operating, investing and financing activities per year, and their sum. */
    public record CashFlow(String basis, String units, List<CashFlowYear> years) {}

    public record CashFlowYear(String period, BigDecimal operating, BigDecimal investing, BigDecimal financing,
                               BigDecimal net) {}

    /**
     * Who owns the company at {@code period}, in % of shares, with the change in percentage points since the
     * previous quarter and since {@code comparedWith}.
     */
    public record Shareholding(String period, String comparedWith, List<Holder> holders) {}

    public record Holder(String category, BigDecimal percent, BigDecimal changeSinceLastQuarter,
                         BigDecimal changeSinceComparedWith) {}

    /** Listed competitors as Upstox names them. */
    public record Competitors(List<Competitor> companies) {}

    public record Competitor(String symbol, String name, String instrumentKey, String sector, String description) {}

    @Override
    public String summary() {
        StringBuilder text = new StringBuilder(instrument.symbol()).append(" (").append(instrument.name());
        if (profile != null && profile.sector() != null) text.append(", ").append(profile.sector());
        text.append(")");
        if (keyRatios != null && !keyRatios.ratios().isEmpty()) {
            text.append(": ").append(keyRatios.ratios().stream().limit(4)
                    .map(ratio -> ratio.name() + " " + ratio.company() + " (sector " + ratio.sector() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (incomeStatement != null && !incomeStatement.years().isEmpty()) {
            IncomeYear latest = incomeStatement.years().get(0);
            text.append("; ").append(latest.period()).append(" revenue ").append(latest.revenue()).append(" ")
                    .append(incomeStatement.units()).append(", net profit ").append(latest.netProfit());
        }
        return text.append(". Sections: ").append(sections.stream().map(section -> section.name()
                .toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))).append(".").toString();
    }
}
