package dev.upstoxmcp.analytics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Daily closes to longer periods: the last close of each period, dated on the day it was made (the last trading
 * day of the period in the series). A period with no close is absent, so a holiday week is simply skipped.
 */
public final class Resampling {

    private Resampling() {}

    /** The last close of each ISO week (Monday to Sunday; week-based year and week number). */
    public static DatedSeries weekly(DatedSeries closes) {
        return lastOfEach(closes, date -> date.get(IsoFields.WEEK_BASED_YEAR) * 100
                + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last close of each calendar quarter (January-March, April-June, July-September, October-December). */
    public static DatedSeries quarterly(DatedSeries closes) {
        return lastOfEach(closes, date -> date.getYear() * 10 + date.get(IsoFields.QUARTER_OF_YEAR));
    }

    private static DatedSeries lastOfEach(DatedSeries closes, Function<LocalDate, Integer> period) {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < closes.size(); i++) {
            boolean lastOfPeriod = i == closes.size() - 1
                    || !period.apply(closes.date(i)).equals(period.apply(closes.date(i + 1)));
            if (!lastOfPeriod) continue;
            dates.add(closes.date(i));
            values.add(closes.value(i));
        }
        return new DatedSeries(dates, values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
