package dev.upstoxmcp.tools.orders;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Order and trade timestamps as Upstox writes them, in IST without a zone: {@code yyyy-MM-dd HH:mm:ss} in the order
 * book, and the {@code dd-MMM-yyyy HH:mm:ss} of the trade samples in Upstox's documentation.
 */
final class UpstoxTime {

    private static final DateTimeFormatter ORDER_BOOK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);
    private static final DateTimeFormatter DOCS_SAMPLE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy HH:mm:ss").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private UpstoxTime() {}

    /** The moment, or null when Upstox sent none or a form neither reader knows. */
    static LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) return null;
        for (DateTimeFormatter format : new DateTimeFormatter[] {ORDER_BOOK, DOCS_SAMPLE}) {
            try {
                return LocalDateTime.parse(text.strip(), format);
            } catch (DateTimeParseException otherForm) {
                // try the next form
            }
        }
        return null;
    }

    /** {@code 10:05:00}, or null. */
    static String clock(LocalDateTime time) {
        return time == null ? null : time.format(CLOCK);
    }
}
