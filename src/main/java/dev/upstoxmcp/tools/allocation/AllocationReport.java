package dev.upstoxmcp.tools.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.upstoxmcp.analytics.Concentration;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.allocation.DiversificationAnswer.AllocationRow;
import dev.upstoxmcp.tools.allocation.DiversificationAnswer.ConcentrationFigures;
import dev.upstoxmcp.tools.allocation.DiversificationAnswer.HoldingLine;
import dev.upstoxmcp.upstox.DataSource;

/** The tables, concentration figures and flags of classified parts. */
final class AllocationReport {

    private static final Comparator<Part> LARGEST_FIRST = Comparator.comparing(Part::value).reversed()
            .thenComparing(Part::label);

    private AllocationReport() {}

    static DiversificationAnswer of(List<Part> unsorted, List<String> notes, OffsetDateTime asOf,
                                    DataSource source) {
        List<Part> parts = unsorted.stream().sorted(LARGEST_FIRST).toList();
        BigDecimal total = sum(parts, part -> true);
        BigDecimal holdingsValue = sum(parts, part -> part.assetClass() != AssetClass.CASH);
        BigDecimal equity = sum(parts, Part::isEquity);
        List<AllocationRow> sectors = sorted(table(parts, Part::sector, total, equity));
        List<AllocationRow> caps = table(parts.stream().filter(Part::isEquity).sorted(Comparator.comparing(
                Part::marketCap).thenComparing(LARGEST_FIRST)).toList(), part -> part.marketCap().label(),
                total, equity);
        ConcentrationFigures figures = figures(parts, sectors);
        return new DiversificationAnswer(Inr.amount(total), Inr.amount(holdingsValue), Inr.amount(equity),
                parts.stream().filter(part -> part.assetClass() == AssetClass.CASH).map(Part::value)
                        .map(Inr::amount).findFirst().orElse(null),
                assetClasses(parts, total), sectors, caps, figures,
                ConcentrationFlags.of(parts, holdingsValue, sectors, figures),
                parts.stream().map(part -> line(part, total)).toList(), notes, asOf, source);
    }

    private static List<AllocationRow> assetClasses(List<Part> parts, BigDecimal total) {
        List<Part> byClass = parts.stream().sorted(Comparator.comparing(Part::assetClass)
                .thenComparing(LARGEST_FIRST)).toList();
        return table(byClass, part -> part.assetClass().label(), total, null);
    }

    /**
     * Buckets in the order parts first name them. Buckets of company shares also get their weight within
     * {@code equity}, unless that is null.
     */
    private static List<AllocationRow> table(List<Part> parts, Function<Part, String> bucket, BigDecimal total,
                                             BigDecimal equity) {
        Map<String, List<Part>> buckets = new LinkedHashMap<>();
        parts.forEach(part -> buckets.computeIfAbsent(bucket.apply(part), name -> new ArrayList<>()).add(part));
        List<AllocationRow> rows = new ArrayList<>();
        buckets.forEach((name, members) -> {
            BigDecimal value = members.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean stocks = equity != null && members.stream().allMatch(Part::isEquity);
            rows.add(new AllocationRow(name, Inr.amount(value), percent(value, total),
                    stocks ? percent(value, equity) : null, members.size(),
                    members.stream().map(Part::label).toList()));
        });
        return rows;
    }

    private static List<AllocationRow> sorted(List<AllocationRow> rows) {
        return rows.stream().sorted(Comparator.comparing(AllocationRow::value).reversed()
                .thenComparing(AllocationRow::name)).toList();
    }

    /** Null when nothing but cash is held. */
    private static ConcentrationFigures figures(List<Part> parts, List<AllocationRow> sectors) {
        List<Part> held = parts.stream().filter(part -> part.assetClass() != AssetClass.CASH).toList();
        if (held.stream().noneMatch(part -> part.value().signum() > 0)) return null;
        Concentration holdings = Concentration.of(held.stream().mapToDouble(part -> part.value().doubleValue())
                .toArray());
        double[] sectorValues = sectors.stream()
                .filter(row -> row.equityWeightPercent() != null && !Part.UNKNOWN.equals(row.name())
                        && row.value().signum() > 0)
                .mapToDouble(row -> row.value().doubleValue()).toArray();
        Concentration bySector = sectorValues.length == 0 ? null : Concentration.of(sectorValues);
        return new ConcentrationFigures(round(holdings.hhi(), 0), ConcentrationFlags.level(holdings.hhi()),
                round(holdings.effectiveNumber(), 2), round(holdings.top1Percent(), 2), held.get(0).label(),
                round(holdings.top5Percent(), 2), held.stream().limit(5).map(Part::label).toList(),
                bySector == null ? null : round(bySector.hhi(), 0),
                bySector == null ? null : ConcentrationFlags.level(bySector.hhi()),
                bySector == null ? null : round(bySector.effectiveNumber(), 2));
    }

    private static HoldingLine line(Part part, BigDecimal total) {
        return new HoldingLine(part.symbol(), part.name(), part.isin(), part.assetClass(), part.sector(),
                part.marketCap(), part.marketCapCrore(), part.marketCapBasis(), Inr.amount(part.value()),
                percent(part.value(), total), part.note());
    }

    /** {@code part / whole × 100} to two decimals; null when the whole is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : Inr.percent(part, whole);
    }

    private static BigDecimal sum(List<Part> parts, Predicate<Part> which) {
        return parts.stream().filter(which).map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
