package dev.upstoxmcp.tools.research;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/**
 * A company's corporate actions, newest first, a page of them, with what the whole list says: dividends per share
 * with an ex-date in the last 365 days (INR) and the next upcoming action.
 */
public record CorporateActionsAnswer(
        InstrumentRef instrument,
        CorporateActionType type,
        List<CorporateActionRow> actions,
        int total,
        BigDecimal dividendsLast12Months,
        CorporateActionRow next,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        StringBuilder text = new StringBuilder(instrument.symbol()).append(": ").append(total)
                .append(total == 1 ? " corporate action" : " corporate actions");
        if (type != CorporateActionType.ALL) text.append(" of type ").append(type.name().toLowerCase(Locale.ROOT));
        text.append("; dividends in the last 12 months ").append(Inr.format(dividendsLast12Months))
                .append(" per share");
        if (next != null) text.append("; next: ").append(next.action()).append(" on ").append(next.date());
        if (hasMore) text.append("; showing ").append(actions.size()).append(", pass next_cursor for more");
        return text.append(".").toString();
    }
}
