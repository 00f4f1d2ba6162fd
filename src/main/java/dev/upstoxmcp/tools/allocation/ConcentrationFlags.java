package dev.upstoxmcp.tools.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.upstoxmcp.analytics.Concentration;
import dev.upstoxmcp.tools.allocation.DiversificationAnswer.AllocationRow;
import dev.upstoxmcp.tools.allocation.DiversificationAnswer.ConcentrationFigures;
import dev.upstoxmcp.tools.allocation.DiversificationAnswer.Flag;

/**
 * Plain-language flags with fixed, stated limits. Holdings weights are of everything but cash; sector weights of
 * the company shares.
 * <ul>
 *   <li>{@code single_stock}: one company's shares are more than {@link #SINGLE_STOCK_PERCENT}% of the holdings;</li>
 *   <li>{@code sector}: one sector is more than {@link #SECTOR_PERCENT}% of the company shares;</li>
 *   <li>{@code top_5}: the five largest holdings are more than {@link #TOP_5_PERCENT}% of the holdings;</li>
 *   <li>{@code hhi}, {@code sector_hhi}: HHI above 2,500 (highly) or from 1,500 (moderately concentrated), the
 *   levels of the US DoJ/FTC Horizontal Merger Guidelines (2010);</li>
 *   <li>{@code few_holdings}: fewer than {@link #MIN_EFFECTIVE_HOLDINGS} effective holdings (1 / Σw²).</li>
 * </ul>
 */
final class ConcentrationFlags {

    static final BigDecimal SINGLE_STOCK_PERCENT = BigDecimal.valueOf(20);
    static final BigDecimal SECTOR_PERCENT = BigDecimal.valueOf(35);
    static final BigDecimal TOP_5_PERCENT = BigDecimal.valueOf(60);
    static final BigDecimal MIN_EFFECTIVE_HOLDINGS = BigDecimal.valueOf(8);

    private ConcentrationFlags() {}

    static List<Flag> of(List<Part> parts, BigDecimal holdingsValue, List<AllocationRow> sectors,
                         ConcentrationFigures figures) {
        List<Flag> flags = new ArrayList<>();
        if (figures == null) return flags;
        for (Part part : parts) {
            if (!part.isEquity()) continue;
            BigDecimal weight = AllocationReport.percent(part.value(), holdingsValue);
            if (weight != null && weight.compareTo(SINGLE_STOCK_PERCENT) > 0) {
                flags.add(new Flag("single_stock", part.symbol() + " is " + weight.toPlainString() + "% of your "
                        + "holdings, above the " + SINGLE_STOCK_PERCENT + "% limit for one stock."));
            }
        }
        for (AllocationRow sector : sectors) {
            if (sector.equityWeightPercent() == null || Part.UNKNOWN.equals(sector.name())) continue;
            if (sector.equityWeightPercent().compareTo(SECTOR_PERCENT) > 0) {
                flags.add(new Flag("sector", sector.name() + " is " + sector.equityWeightPercent().toPlainString()
                        + "% of your stocks, above the " + SECTOR_PERCENT + "% limit for one sector."));
            }
        }
        if (figures.top5Percent().compareTo(TOP_5_PERCENT) > 0) {
            flags.add(new Flag("top_5", "Your five largest holdings are " + figures.top5Percent().toPlainString()
                    + "% of your holdings, above " + TOP_5_PERCENT + "%."));
        }
        hhi("hhi", "Your holdings are", figures.hhi(), flags);
        hhi("sector_hhi", "Your stocks' sector mix is", figures.sectorHhi(), flags);
        if (figures.effectiveHoldings().compareTo(MIN_EFFECTIVE_HOLDINGS) < 0) {
            flags.add(new Flag("few_holdings", "Your holdings behave like " + figures.effectiveHoldings()
                    .toPlainString() + " equal-sized ones, fewer than " + MIN_EFFECTIVE_HOLDINGS + "."));
        }
        return flags;
    }

    private static void hhi(String rule, String subject, BigDecimal hhi, List<Flag> flags) {
        if (hhi == null) return;
        String level = level(hhi.doubleValue());
        if (!"unconcentrated".equals(level)) {
            flags.add(new Flag(rule, subject + " " + level + " (HHI " + hhi.toPlainString() + "; 1,500-2,500 is "
                    + "moderate, above 2,500 high)."));
        }
    }

    /** The DoJ/FTC level of an HHI. */
    static String level(double hhi) {
        if (hhi > Concentration.HIGHLY_CONCENTRATED) return "highly concentrated";
        if (hhi >= Concentration.MODERATELY_CONCENTRATED) return "moderately concentrated";
        return "unconcentrated";
    }
}
