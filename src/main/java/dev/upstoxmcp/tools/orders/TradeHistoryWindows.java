package dev.upstoxmcp.tools.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FinancialYear;

/**
 * Which requests answer a trade-history question. Upstox serves the current and the two previous financial years; a
 * question's range is checked against that, then fetched one whole financial year at a time (the last one up to
 * today) and narrowed to the asked dates here. Whole years give the same trades as the exact range would, and keep
 * the requests to a small fixed set (which is also what the sandbox can replay).
 */
final class TradeHistoryWindows {

    /** One request's dates, both inclusive. */
    record Window(LocalDate start, LocalDate end) {}

    private TradeHistoryWindows() {}

    /** The first day Upstox still has trades for: 1 April of the financial year two before today's. */
    static LocalDate earliest(LocalDate today) {
        return FinancialYear.of(today).previous().previous().start();
    }

    static void check(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate earliest = earliest(today);
        if (from.isAfter(to)) throw new ToolCallException("from (" + from + ") is after to (" + to + "); swap them.");
        if (to.isAfter(today)) {
            throw new ToolCallException("to (" + to + ") is in the future; the latest allowed is today, " + today
                    + ".");
        }
        if (from.isBefore(earliest)) {
            throw new ToolCallException("from (" + from + ") is before " + earliest + ": Upstox keeps trade history "
                    + "for the current and the two previous financial years only (from " + earliest + " while today is "
                    + "in " + FinancialYear.of(today) + "). For realised P&L of earlier years use get_pnl_report.");
        }
    }

    /** Whole financial years covering {@code from..to}, oldest first, the current one ending today. */
    static List<Window> of(LocalDate from, LocalDate to, LocalDate today) {
        check(from, to, today);
        List<Window> windows = new ArrayList<>();
        for (FinancialYear year = FinancialYear.of(from); !year.start().isAfter(to); year = year.next()) {
            windows.add(new Window(year.start(), year.end().isAfter(today) ? today : year.end()));
        }
        return List.copyOf(windows);
    }
}
