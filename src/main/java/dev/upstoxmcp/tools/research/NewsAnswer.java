package dev.upstoxmcp.tools.research;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.upstox.DataSource;

/**
 * News of the past 7 days, newest first, a page of it.
 *
 * @param about what the news is about: an instrument's symbol, or {@code holdings}
 * @param total articles in all pages
 */
public record NewsAnswer(
        String about,
        List<NewsArticle> articles,
        int total,
        String nextCursor,
        boolean hasMore,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    @Override
    public String summary() {
        String scope = "holdings".equals(about) ? "your holdings" : about;
        if (total == 0) return "No news about " + scope + " in the past 7 days.";
        NewsArticle latest = articles.isEmpty() ? null : articles.get(0);
        return total + (total == 1 ? " article" : " articles") + " about " + scope + " in the past 7 days"
                + (latest == null ? "" : "; latest: \"" + latest.heading() + "\" (" + latest.symbol() + ", "
                        + latest.published().format(WHEN) + " IST)")
                + (hasMore ? "; showing " + articles.size() + ", pass next_cursor for more" : "") + ".";
    }
}
