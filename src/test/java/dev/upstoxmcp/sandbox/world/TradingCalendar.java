package dev.upstoxmcp.sandbox.world;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * NSE's equity trading calendar of the demo world: weekdays except exchange holidays. The 2023-2025 holidays are
 * NSE's published ones; 2026 is a plausible list (festival dates moved to weekdays near their usual dates), marked
 * as such in the sandbox README. Everything in the sandbox (candles, holidays, trades) uses this one calendar.
 */
public final class TradingCalendar {

    /** Holiday date to its description. */
    public static final Map<LocalDate, String> HOLIDAYS = holidays();

    private TradingCalendar() {}

    public static boolean isTradingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.containsKey(date);
    }

    /** Trading days from {@code from} to {@code to}, both inclusive, oldest first. */
    public static List<LocalDate> tradingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isTradingDay(day)) days.add(day);
        }
        return days;
    }

    /** The trading day on or after {@code date}. */
    public static LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isTradingDay(day)) day = day.plusDays(1);
        return day;
    }

    /** The trading day before {@code date}. */
    public static LocalDate previous(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isTradingDay(day)) day = day.minusDays(1);
        return day;
    }

    private static Map<LocalDate, String> holidays() {
        Map<LocalDate, String> days = new TreeMap<>();
        add(days, "2023-01-26", "Republic Day");
        add(days, "2023-03-07", "Holi");
        add(days, "2023-03-30", "Ram Navami");
        add(days, "2023-04-04", "Mahavir Jayanti");
        add(days, "2023-04-07", "Good Friday");
        add(days, "2023-04-14", "Dr. Baba Saheb Ambedkar Jayanti");
        add(days, "2023-05-01", "Maharashtra Day");
        add(days, "2023-06-28", "Bakri Id");
        add(days, "2023-08-15", "Independence Day");
        add(days, "2023-09-19", "Ganesh Chaturthi");
        add(days, "2023-10-02", "Mahatma Gandhi Jayanti");
        add(days, "2023-10-24", "Dussehra");
        add(days, "2023-11-14", "Diwali Balipratipada");
        add(days, "2023-11-27", "Gurunanak Jayanti");
        add(days, "2023-12-25", "Christmas");
        add(days, "2024-01-22", "Special Holiday");
        add(days, "2024-01-26", "Republic Day");
        add(days, "2024-03-08", "Mahashivratri");
        add(days, "2024-03-25", "Holi");
        add(days, "2024-03-29", "Good Friday");
        add(days, "2024-04-11", "Id-Ul-Fitr (Ramadan Eid)");
        add(days, "2024-04-17", "Shri Ram Navmi");
        add(days, "2024-05-01", "Maharashtra Day");
        add(days, "2024-05-20", "General Parliamentary Elections");
        add(days, "2024-06-17", "Bakri Id");
        add(days, "2024-07-17", "Moharram");
        add(days, "2024-08-15", "Independence Day");
        add(days, "2024-10-02", "Mahatma Gandhi Jayanti");
        add(days, "2024-11-01", "Diwali Laxmi Pujan");
        add(days, "2024-11-15", "Gurunanak Jayanti");
        add(days, "2024-11-20", "Maharashtra Assembly Elections");
        add(days, "2024-12-25", "Christmas");
        add(days, "2025-02-26", "Mahashivratri");
        add(days, "2025-03-14", "Holi");
        add(days, "2025-03-31", "Id-Ul-Fitr (Ramadan Eid)");
        add(days, "2025-04-10", "Shri Mahavir Jayanti");
        add(days, "2025-04-14", "Dr. Baba Saheb Ambedkar Jayanti");
        add(days, "2025-04-18", "Good Friday");
        add(days, "2025-05-01", "Maharashtra Day");
        add(days, "2025-08-15", "Independence Day");
        add(days, "2025-08-27", "Ganesh Chaturthi");
        add(days, "2025-10-02", "Mahatma Gandhi Jayanti/Dussehra");
        add(days, "2025-10-21", "Diwali Laxmi Pujan");
        add(days, "2025-10-22", "Diwali Balipratipada");
        add(days, "2025-11-05", "Prakash Gurpurb Sri Guru Nanak Dev");
        add(days, "2025-12-25", "Christmas");
        add(days, "2026-01-26", "Republic Day");
        add(days, "2026-03-03", "Holi");
        add(days, "2026-03-20", "Id-Ul-Fitr (Ramadan Eid)");
        add(days, "2026-03-26", "Shri Ram Navmi");
        add(days, "2026-03-31", "Shri Mahavir Jayanti");
        add(days, "2026-04-03", "Good Friday");
        add(days, "2026-04-14", "Dr. Baba Saheb Ambedkar Jayanti");
        add(days, "2026-05-01", "Maharashtra Day");
        add(days, "2026-05-27", "Bakri Id");
        add(days, "2026-06-26", "Moharram");
        add(days, "2026-09-14", "Ganesh Chaturthi");
        add(days, "2026-10-02", "Mahatma Gandhi Jayanti");
        add(days, "2026-10-20", "Dussehra");
        add(days, "2026-11-09", "Diwali Laxmi Pujan");
        add(days, "2026-11-10", "Diwali Balipratipada");
        add(days, "2026-11-25", "Prakash Gurpurb Sri Guru Nanak Dev");
        add(days, "2026-12-25", "Christmas");
        return Map.copyOf(days);
    }

    private static void add(Map<LocalDate, String> days, String date, String name) {
        days.put(LocalDate.parse(date), name);
    }
}
