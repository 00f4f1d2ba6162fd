package dev.upstoxmcp.tools.research;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.upstoxmcp.tools.research.FundamentalsAnswer.BalanceSheetYear;
import dev.upstoxmcp.tools.research.FundamentalsAnswer.CashFlowYear;
import dev.upstoxmcp.tools.research.FundamentalsAnswer.Holder;
import dev.upstoxmcp.tools.research.FundamentalsAnswer.IncomeYear;
import dev.upstoxmcp.upstox.dto.BalanceSheet;
import dev.upstoxmcp.upstox.dto.CashFlow;
import dev.upstoxmcp.upstox.dto.CategoryHistory;
import dev.upstoxmcp.upstox.dto.CompanyProfile;
import dev.upstoxmcp.upstox.dto.HistoryItem;
import dev.upstoxmcp.upstox.dto.IncomeStatement;
import dev.upstoxmcp.upstox.dto.KeyRatio;

/**
 * Upstox's fundamentals, which come as one series per line item, turned into one row per year with the growth,
 * margins and sums a reader wants. Growth {@code = (this − previous) / |previous| × 100}; margins
 * {@code = profit / revenue × 100}; all percentages to two decimals, null where the base is zero or missing.
 */
final class FundamentalsMapping {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FundamentalsMapping() {}

    static FundamentalsAnswer.Profile profile(CompanyProfile profile) {
        return new FundamentalsAnswer.Profile(profile.companyProfile(), profile.sector(),
                profile.sectorMarketCapInr() == null ? null : profile.sectorMarketCapInr().value(),
                profile.sectorMarketCapUsd() == null ? null : profile.sectorMarketCapUsd().formatted());
    }

    static FundamentalsAnswer.KeyRatios keyRatios(List<KeyRatio> ratios) {
        return new FundamentalsAnswer.KeyRatios(ratios.stream().map(ratio -> new FundamentalsAnswer.Ratio(
                ratio.name(), ratio.companyValue(), ratio.sectorValue())).toList());
    }

    static FundamentalsAnswer.IncomeStatement incomeStatement(IncomeStatement statement) {
        Map<String, Map<String, BigDecimal>> lines = byCategory(statement.incomeStatement());
        List<String> periods = periods(statement.incomeStatement());
        List<IncomeYear> years = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            String period = periods.get(i);
            String previous = i + 1 < periods.size() ? periods.get(i + 1) : null;
            BigDecimal revenue = value(lines, "revenue", period);
            BigDecimal operating = value(lines, "operating_profit", period);
            BigDecimal net = value(lines, "net_profit", period);
            years.add(new IncomeYear(period, revenue, operating, net,
                    growth(revenue, value(lines, "revenue", previous)),
                    growth(net, value(lines, "net_profit", previous)),
                    share(operating, revenue), share(net, revenue)));
        }
        return new FundamentalsAnswer.IncomeStatement(basis(statement.type(), statement.timePeriod()),
                units(statement.unitsIn()), years);
    }

    static FundamentalsAnswer.BalanceSheet balanceSheet(BalanceSheet sheet) {
        List<BalanceSheetYear> years = sheet.history() == null ? List.of() : sheet.history().stream()
                .map(period -> new BalanceSheetYear(period.period(), period.totalAsset(), period.totalLiability(),
                        period.totalAsset() == null || period.totalLiability() == null ? null
                                : period.totalAsset().subtract(period.totalLiability())))
                .toList();
        return new FundamentalsAnswer.BalanceSheet(basis(sheet.type(), sheet.timePeriod()), units(sheet.unitsIn()),
                years);
    }

    static FundamentalsAnswer.CashFlow cashFlow(CashFlow flow) {
        Map<String, Map<String, BigDecimal>> lines = byCategory(flow.cashFlow());
        List<CashFlowYear> years = new ArrayList<>();
        for (String period : periods(flow.cashFlow())) {
            BigDecimal operating = value(lines, "operating", period);
            BigDecimal investing = value(lines, "investing", period);
            BigDecimal financing = value(lines, "financing", period);
            BigDecimal net = operating == null || investing == null || financing == null ? null
                    : operating.add(investing).add(financing);
            years.add(new CashFlowYear(period, operating, investing, financing, net));
        }
        return new FundamentalsAnswer.CashFlow(basis(flow.type(), flow.timePeriod()), units(flow.unitsIn()), years);
    }

    /** The latest quarter of each holder category, with changes in percentage points; newest period first. */
    static FundamentalsAnswer.Shareholding shareholding(List<CategoryHistory> categories) {
        List<String> periods = periods(categories);
        if (periods.isEmpty()) return new FundamentalsAnswer.Shareholding(null, null, List.of());
        String latest = periods.get(0);
        String previous = periods.size() > 1 ? periods.get(1) : null;
        String oldest = periods.get(periods.size() - 1);
        Map<String, Map<String, BigDecimal>> lines = byCategory(categories);
        List<Holder> holders = categories.stream().map(category -> {
            Map<String, BigDecimal> line = lines.get(category.category());
            BigDecimal now = line.get(latest);
            return new Holder(category.category(), now, difference(now, previous == null ? null : line.get(previous)),
                    difference(now, oldest.equals(latest) ? null : line.get(oldest)));
        }).toList();
        return new FundamentalsAnswer.Shareholding(latest, oldest.equals(latest) ? null : oldest, holders);
    }

    /** {@code "consolidated, yearly"}. */
    private static String basis(String type, String timePeriod) {
        return (type == null ? "" : type) + (type != null && timePeriod != null ? ", " : "")
                + (timePeriod == null ? "" : timePeriod);
    }

    /** Upstox's {@code units_in} ({@code crore}) as {@code INR crore}. */
    private static String units(String unitsIn) {
        return "INR " + (unitsIn == null ? "crore" : unitsIn.toLowerCase(Locale.ROOT));
    }

    /** The periods of the series in the order Upstox gives them (newest first), each once. */
    private static List<String> periods(List<CategoryHistory> categories) {
        List<String> periods = new ArrayList<>();
        if (categories == null) return periods;
        for (CategoryHistory category : categories) {
            if (category.history() == null) continue;
            for (HistoryItem item : category.history()) {
                if (item.period() != null && !periods.contains(item.period())) periods.add(item.period());
            }
        }
        return periods;
    }

    private static Map<String, Map<String, BigDecimal>> byCategory(List<CategoryHistory> categories) {
        Map<String, Map<String, BigDecimal>> lines = new LinkedHashMap<>();
        if (categories == null) return lines;
        for (CategoryHistory category : categories) {
            Map<String, BigDecimal> line = lines.computeIfAbsent(category.category(), name -> new LinkedHashMap<>());
            if (category.history() != null) category.history().forEach(item -> line.put(item.period(), item.value()));
        }
        return lines;
    }

    private static BigDecimal value(Map<String, Map<String, BigDecimal>> lines, String category, String period) {
        return period == null ? null : lines.getOrDefault(category, Map.of()).get(period);
    }

    static BigDecimal growth(BigDecimal value, BigDecimal previous) {
        if (value == null || previous == null || previous.signum() == 0) return null;
        return value.subtract(previous).multiply(HUNDRED).divide(previous.abs(), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal difference(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }
}
