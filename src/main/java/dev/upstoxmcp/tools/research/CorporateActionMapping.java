package dev.upstoxmcp.tools.research;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.dto.CorporateAction;

/** Upstox's corporate actions, whose dates are display strings and details a list of labels, as typed rows. */
final class CorporateActionMapping {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private CorporateActionMapping() {}

    /** Rows of the given type, newest first; an action without a readable date sorts last. */
    static List<CorporateActionRow> rows(List<CorporateAction> actions, CorporateActionType type, LocalDate today) {
        return actions.stream().filter(action -> type == CorporateActionType.ALL || type == typeOf(action.name()))
                .map(action -> row(action, today))
                .sorted(Comparator.comparing(CorporateActionRow::date,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Dividends per share whose ex-date lies in the 365 days up to and including {@code today}. */
    static BigDecimal dividendsLast12Months(List<CorporateActionRow> rows, LocalDate today) {
        return Inr.amount(rows.stream()
                .filter(row -> typeOf(row.action()) == CorporateActionType.DIVIDEND && row.date() != null
                        && !row.date().isAfter(today) && row.date().isAfter(today.minusDays(365)))
                .map(row -> Inr.orZero(row.amountPerShare()))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The soonest action on or after today. */
    static Optional<CorporateActionRow> next(List<CorporateActionRow> rows) {
        return rows.stream().filter(CorporateActionRow::upcoming)
                .min(Comparator.comparing(CorporateActionRow::date));
    }

    /** {@code "Board Meeting"} is {@link CorporateActionType#BOARD_MEETING}; an unknown name is ALL. */
    static CorporateActionType typeOf(String name) {
        if (name == null) return CorporateActionType.ALL;
        String key = name.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
        for (CorporateActionType type : CorporateActionType.values()) {
            if (type.name().equals(key)) return type;
        }
        return CorporateActionType.ALL;
    }

    private static CorporateActionRow row(CorporateAction action, LocalDate today) {
        LocalDate date = date(action.expiryDate());
        return new CorporateActionRow(action.name(), date, date != null && !date.isBefore(today), action.amount(),
                action.ratio(), detail(action, "Dividend type").or(() -> detail(action, "Purpose")).orElse(null),
                detail(action, "Record date").map(CorporateActionMapping::date).orElse(null),
                detail(action, "Announcement date").map(CorporateActionMapping::date).orElse(null),
                detail(action, "Details").orElse(null));
    }

    private static Optional<String> detail(CorporateAction action, String name) {
        if (action.eventDetails() == null) return Optional.empty();
        return action.eventDetails().stream().filter(detail -> name.equalsIgnoreCase(detail.name()))
                .map(CorporateAction.EventDetail::value).filter(value -> value != null && !value.isBlank())
                .findFirst();
    }

    /** {@code "14 Aug 2025"} (or {@code "4 Aug 2025"}); null when absent or unreadable. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip(), DISPLAY);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
