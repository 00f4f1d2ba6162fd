package dev.upstoxmcp.sandbox;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded daily price series, oldest first, as stored in {@code __files/candles/*.csv}
 * ({@code date,open,high,low,close,volume}).
 */
record CandleSeries(List<Bar> bars) {

    /** One period: when it starts, its prices and volume. */
    record Bar(LocalDateTime start, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {

        LocalDate date() {
            return start.toLocalDate();
        }
    }

    static CandleSeries parse(byte[] csv) {
        List<Bar> bars = new ArrayList<>();
        String[] lines = new String(csv, StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String[] cell = lines[i].strip().split(",");
            bars.add(new Bar(LocalDate.parse(cell[0]).atStartOfDay(), new BigDecimal(cell[1]), new BigDecimal(cell[2]),
                    new BigDecimal(cell[3]), new BigDecimal(cell[4]), Long.parseLong(cell[5])));
        }
        return new CandleSeries(List.copyOf(bars));
    }

    /** The last recorded day: "today" for the intraday endpoint. */
    LocalDate lastDay() {
        return bars.get(bars.size() - 1).date();
    }

    List<Bar> between(LocalDate from, LocalDate to) {
        return bars.stream().filter(bar -> !bar.date().isBefore(from) && !bar.date().isAfter(to)).toList();
    }
}
