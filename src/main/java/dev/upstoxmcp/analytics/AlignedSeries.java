package dev.upstoxmcp.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two series on the dates both have: an inner join on date. A date only one side has (a holiday of one exchange, a
 * suspension, a listing after the start) is dropped; nothing is filled forward, so each return compares the same
 * two days on both sides.
 */
public record AlignedSeries(List<LocalDate> dates, double[] asset, double[] benchmark) {

    public AlignedSeries {
        if (dates.size() != asset.length || asset.length != benchmark.length) {
            throw new IllegalArgumentException("aligned series differ in length");
        }
        dates = List.copyOf(dates);
        asset = asset.clone();
        benchmark = benchmark.clone();
    }

    /** The points of {@code asset} and {@code benchmark} whose dates both series have, oldest first. */
    public static AlignedSeries of(DatedSeries asset, DatedSeries benchmark) {
        Map<LocalDate, Double> benchmarkByDate = new HashMap<>();
        for (int i = 0; i < benchmark.size(); i++) benchmarkByDate.put(benchmark.date(i), benchmark.value(i));
        List<LocalDate> dates = new ArrayList<>();
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < asset.size(); i++) {
            Double other = benchmarkByDate.get(asset.date(i));
            if (other == null) continue;
            dates.add(asset.date(i));
            pairs.add(new double[] {asset.value(i), other});
        }
        return new AlignedSeries(dates, pairs.stream().mapToDouble(pair -> pair[0]).toArray(),
                pairs.stream().mapToDouble(pair -> pair[1]).toArray());
    }

    @Override
    public double[] asset() {
        return asset.clone();
    }

    @Override
    public double[] benchmark() {
        return benchmark.clone();
    }

    public int size() {
        return dates.size();
    }

    public DatedSeries assetSeries() {
        return new DatedSeries(dates, asset);
    }

    public DatedSeries benchmarkSeries() {
        return new DatedSeries(dates, benchmark);
    }

    /** Simple returns of both sides over the same consecutive aligned dates, dated by the later date. */
    public AlignedSeries returns() {
        if (size() < 2) return new AlignedSeries(List.of(), new double[0], new double[0]);
        return new AlignedSeries(dates.subList(1, dates.size()), Returns.simple(asset), Returns.simple(benchmark));
    }

    /** Weekly closes of both sides (last aligned close of each ISO week); see {@link Resampling#weekly}. */
    public AlignedSeries weekly() {
        return of(Resampling.weekly(assetSeries()), Resampling.weekly(benchmarkSeries()));
    }

    /** Quarterly closes of both sides (last aligned close of each calendar quarter). */
    public AlignedSeries quarterly() {
        return of(Resampling.quarterly(assetSeries()), Resampling.quarterly(benchmarkSeries()));
    }
}
