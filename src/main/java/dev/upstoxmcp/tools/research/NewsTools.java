package dev.upstoxmcp.tools.research;

import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What is being written about a stock or about the user's holdings. */
@ApplicationScoped
public class NewsTools {

    @Inject
    NewsService news;

    @Tool(name = "get_news", title = "News", description = """
            News articles of the past 7 days from Upstox, newest first: heading, summary, link, publication time \
            (IST) and the instrument each is about. About one instrument (symbol, name, ISIN or key), or, without \
            instrument, about every holding of the account. Prices quoted in articles are in INR. Paged: limit \
            articles per page (default 10), pass next_cursor as cursor for older ones; total counts all articles.""")
    public NewsAnswer getNews(
            @ToolArg(description = "Symbol, name, ISIN or instrument key; leave out for news about your holdings")
            Optional<String> instrument,
            @ToolArg(description = "Articles per page, 1-50", defaultValue = "10") @Min(1) @Max(50) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return news.news(instrument, PageRequest.of(limit, cursor));
    }
}
