package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.sandbox.Companies.Company;
import dev.upstoxmcp.sandbox.world.TradingCalendar;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Corporate actions of the held companies ({@code GET /v2/fundamentals/{isin}/corporate-actions}), newest first:
 * final and interim dividends of 2025 and 2026, the 2026 AGM, the board meetings on the September-quarter results
 * and the coming one on the December quarter, and Reliance's 2017 bonus. <b>Amounts and dates are invented</b>
 * (plausible for each company, not its real record); ex-dates and meeting dates fall on trading days of the world's
 * calendar. Shapes follow Upstox's dividend sample; bonus and meeting entries use the same fields (ratio instead of
 * amount, the meeting date as {@code expiry_date}).
 */
final class CorporateActionFixtures {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    /**
     * Per company: {@code D|type|amount|announced|ex-date} (dividend), {@code B|ratio|announced|ex-date} (bonus),
     * {@code M|name|date|purpose} (meeting).
     */
    private static final Map<String, List<String>> ACTIONS = Map.ofEntries(
            Map.entry("RELIANCE", List.of("D|Final|5.5|2025-04-25|2025-08-14", "D|Final|6.0|2026-04-24|2026-08-13",
                    "M|AGM|2026-08-28|Annual General Meeting", "M|Board Meeting|2026-10-16|Quarterly Results",
                    "M|Board Meeting|2027-01-15|Quarterly Results", "B|1:1|2017-07-21|2017-09-07")),
            Map.entry("TCS", List.of("D|Final|30.0|2025-04-10|2025-06-04", "D|Final|31.0|2026-04-09|2026-06-04",
                    "D|Interim|11.0|2026-07-09|2026-07-16", "D|Interim|11.0|2026-10-09|2026-10-15",
                    "M|AGM|2026-06-19|Annual General Meeting",
                    "M|Board Meeting|2026-10-09|Quarterly Results & Interim Dividend",
                    "M|Board Meeting|2027-01-08|Quarterly Results & Interim Dividend")),
            Map.entry("HDFCBANK", List.of("D|Final|22.0|2025-04-19|2025-06-27", "D|Final|22.5|2026-04-18|2026-06-26",
                    "M|AGM|2026-08-07|Annual General Meeting", "M|Board Meeting|2026-10-17|Quarterly Results",
                    "M|Board Meeting|2027-01-16|Quarterly Results")),
            Map.entry("INFY", List.of("D|Final|22.0|2025-04-17|2025-05-30", "D|Interim|23.0|2025-10-16|2025-10-27",
                    "D|Final|23.0|2026-04-16|2026-05-29", "D|Interim|24.0|2026-10-15|2026-10-27",
                    "M|AGM|2026-06-25|Annual General Meeting",
                    "M|Board Meeting|2026-10-15|Quarterly Results & Interim Dividend",
                    "M|Board Meeting|2027-01-14|Quarterly Results")),
            Map.entry("ICICIBANK", List.of("D|Final|11.0|2025-04-19|2025-08-12",
                    "D|Final|12.0|2026-04-18|2026-08-12", "M|AGM|2026-08-28|Annual General Meeting",
                    "M|Board Meeting|2026-10-17|Quarterly Results", "M|Board Meeting|2027-01-23|Quarterly Results")),
            Map.entry("ITC", List.of("D|Final|7.85|2025-05-22|2025-05-28", "D|Interim|6.5|2026-01-29|2026-02-05",
                    "D|Final|8.0|2026-05-21|2026-05-28", "M|AGM|2026-07-24|Annual General Meeting",
                    "M|Board Meeting|2026-10-30|Quarterly Results",
                    "M|Board Meeting|2027-01-29|Quarterly Results & Interim Dividend")),
            Map.entry("HINDUNILVR", List.of("D|Final|24.0|2025-04-24|2025-06-13",
                    "D|Final|25.0|2026-04-23|2026-06-12", "D|Interim|19.0|2026-10-23|2026-11-06",
                    "M|AGM|2026-06-30|Annual General Meeting",
                    "M|Board Meeting|2026-10-23|Quarterly Results & Interim Dividend",
                    "M|Board Meeting|2027-01-22|Quarterly Results")),
            Map.entry("BHARTIARTL", List.of("D|Final|16.0|2025-05-13|2025-07-18",
                    "D|Final|17.0|2026-05-12|2026-07-17", "M|AGM|2026-08-05|Annual General Meeting",
                    "M|Board Meeting|2026-11-03|Quarterly Results", "M|Board Meeting|2027-02-04|Quarterly Results")),
            Map.entry("LT", List.of("D|Final|34.0|2025-05-08|2025-06-03", "D|Final|36.0|2026-05-07|2026-06-03",
                    "M|AGM|2026-06-25|Annual General Meeting", "M|Board Meeting|2026-10-28|Quarterly Results",
                    "M|Board Meeting|2027-01-28|Quarterly Results")),
            Map.entry("SUNPHARMA", List.of("D|Final|5.5|2025-05-22|2025-07-07", "D|Interim|10.5|2026-01-30|2026-02-06",
                    "D|Final|6.0|2026-05-21|2026-07-10", "M|AGM|2026-07-31|Annual General Meeting",
                    "M|Board Meeting|2026-11-02|Quarterly Results",
                    "M|Board Meeting|2027-01-30|Quarterly Results & Interim Dividend")),
            Map.entry("MARUTI", List.of("D|Final|135.0|2025-04-25|2025-08-01", "D|Final|140.0|2026-04-24|2026-08-03",
                    "M|AGM|2026-08-27|Annual General Meeting", "M|Board Meeting|2026-10-29|Quarterly Results",
                    "M|Board Meeting|2027-01-28|Quarterly Results")),
            Map.entry("TATAPOWER", List.of("D|Final|2.25|2025-05-09|2025-06-25", "D|Final|2.5|2026-05-08|2026-06-25",
                    "M|AGM|2026-07-07|Annual General Meeting", "M|Board Meeting|2026-11-11|Quarterly Results",
                    "M|Board Meeting|2027-02-05|Quarterly Results")));

    private CorporateActionFixtures() {}

    static ArrayNode of(Company company) {
        List<ObjectNode> actions = new ArrayList<>();
        for (String spec : ACTIONS.get(company.symbol())) {
            String[] field = spec.split("\\|");
            actions.add(switch (field[0]) {
                case "D" -> dividend(company, field[1], new BigDecimal(field[2]), date(field[3]), date(field[4]));
                case "B" -> bonus(field[1], date(field[2]), date(field[3]));
                default -> meeting(field[1], date(field[2]), field[3]);
            });
        }
        actions.sort(Comparator.comparing((ObjectNode action) -> LocalDate.parse(action.get("expiry_date")
                .asString(), DISPLAY)).reversed());
        ArrayNode list = NODES.arrayNode();
        actions.forEach(list::add);
        return list;
    }

    /** A board meeting: its date and purpose. */
    record Meeting(LocalDate date, String purpose) {}

    /** The first board meeting after {@code day}, if one is announced. */
    static Optional<Meeting> nextBoardMeeting(String symbol, LocalDate day) {
        return ACTIONS.get(symbol).stream().map(spec -> spec.split("\\|"))
                .filter(field -> field[0].equals("M") && field[1].equals("Board Meeting"))
                .map(field -> new Meeting(date(field[2]), field[3]))
                .filter(meeting -> meeting.date().isAfter(day))
                .min(Comparator.comparing(Meeting::date));
    }

    private static ObjectNode dividend(Company company, String type, BigDecimal amount, LocalDate announced,
                                       LocalDate exDate) {
        BigDecimal percent = amount.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(company.faceValue()), 1, RoundingMode.HALF_UP);
        ObjectNode action = NODES.objectNode().put("name", "Dividend").put("expiry_date", display(exDate))
                .put("amount", amount).putNull("ratio");
        ArrayNode details = action.putArray("event_details");
        detail(details, "Announcement date", display(announced));
        detail(details, "Ex dividend date", display(exDate));
        detail(details, "Record date", display(exDate));
        detail(details, "Dividend type", type);
        detail(details, "Amount", amount.toPlainString());
        detail(details, "Dividend %", percent.toPlainString());
        detail(details, "Details", "Rs." + amount.setScale(4, RoundingMode.UNNECESSARY).toPlainString()
                + " per share(" + percent.stripTrailingZeros().toPlainString() + "%)" + type + " Dividend");
        return action;
    }

    private static ObjectNode bonus(String ratio, LocalDate announced, LocalDate exDate) {
        ObjectNode action = NODES.objectNode().put("name", "Bonus").put("expiry_date", display(exDate))
                .putNull("amount").put("ratio", ratio);
        ArrayNode details = action.putArray("event_details");
        detail(details, "Announcement date", display(announced));
        detail(details, "Ex bonus date", display(exDate));
        detail(details, "Record date", display(exDate));
        detail(details, "Ratio", ratio);
        detail(details, "Details", "Bonus issue in the ratio " + ratio);
        return action;
    }

    private static ObjectNode meeting(String name, LocalDate day, String purpose) {
        ObjectNode action = NODES.objectNode().put("name", name).put("expiry_date", display(day)).putNull("amount")
                .putNull("ratio");
        ArrayNode details = action.putArray("event_details");
        detail(details, "Meeting date", display(day));
        detail(details, "Purpose", purpose);
        return action;
    }

    private static void detail(ArrayNode details, String name, String value) {
        details.addObject().put("name", name).put("value", value);
    }

    /** Ex-dates and meetings fall on trading days. */
    private static LocalDate date(String text) {
        return TradingCalendar.onOrAfter(LocalDate.parse(text));
    }

    static String display(LocalDate date) {
        return date.format(DISPLAY);
    }
}
