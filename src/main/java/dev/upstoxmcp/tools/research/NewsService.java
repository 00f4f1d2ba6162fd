package dev.upstoxmcp.tools.research;

import static dev.upstoxmcp.upstox.UpstoxGroup.RESEARCH;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.upstox.Ist;
import dev.upstoxmcp.upstox.NewsApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.UpstoxPagedResponse;
import dev.upstoxmcp.upstox.dto.NewsItem;
import dev.upstoxmcp.upstox.dto.PageMetadata;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentMaster;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * News of the past week about one instrument or about the user's holdings. Upstox's pages (of its largest size) are
 * gathered and merged newest first, and the tool pages through the merged list itself, so pages never shift.
 */
@ApplicationScoped
public class NewsService {

    static final int UPSTOX_PAGE_SIZE = 100;
    static final int MAX_UPSTOX_PAGES = 5;
    static final String HOLDINGS = "holdings";
    static final String INSTRUMENT_KEYS = "instrument_keys";

    @Inject
    @RestClient
    NewsApi news;

    @Inject
    UpstoxGateway upstox;

    @Inject
    InstrumentResolver instruments;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    AnswerStamp stamp;

    public NewsAnswer news(Optional<String> instrumentText, PageRequest page) {
        Optional<Instrument> instrument = instrumentText.filter(text -> !text.isBlank()).map(instruments::resolve);
        String category = instrument.isPresent() ? INSTRUMENT_KEYS : HOLDINGS;
        String keys = instrument.map(Instrument::key).orElse(null);
        List<NewsArticle> articles = articles(fetchAll(category, keys));
        PageRequest.Page<NewsArticle> shown = page.slice(articles);
        return new NewsAnswer(instrument.map(Instrument::symbol).orElse(HOLDINGS), shown.items(), articles.size(),
                shown.nextCursor(), shown.hasMore(), stamp.now(), stamp.source());
    }

    private List<Map<String, List<NewsItem>>> fetchAll(String category, String keys) {
        List<Map<String, List<NewsItem>>> pages = new ArrayList<>();
        for (int number = 1; number <= MAX_UPSTOX_PAGES; number++) {
            int pageNumber = number;
            UpstoxPagedResponse<Map<String, List<NewsItem>>> response = upstox.fetch(RESEARCH, () ->
                    UpstoxPagedResponse.enveloped(news.news(category, keys, pageNumber, UPSTOX_PAGE_SIZE)));
            if (response.getData() != null) pages.add(response.getData());
            PageMetadata.Page info = response.page();
            if (info == null || info.totalPages() == null || pageNumber >= info.totalPages()) break;
        }
        return pages;
    }

    /** Every article of every page, newest first; the same article under one key on two pages counts once. */
    List<NewsArticle> articles(List<Map<String, List<NewsItem>>> pages) {
        List<NewsArticle> articles = new ArrayList<>();
        Optional<InstrumentMaster> master = master();
        for (Map<String, List<NewsItem>> page : pages) {
            page.forEach((key, items) -> {
                if (items == null) return;
                String symbol = master.flatMap(known -> known.byKey(key)).map(Instrument::symbol).orElse(key);
                for (NewsItem item : items) {
                    NewsArticle article = new NewsArticle(symbol, key, item.publishedTime() == null ? null
                            : Instant.ofEpochMilli(item.publishedTime()).atZone(Ist.ZONE)
                                    .toOffsetDateTime(), item.heading(), item.summary(), item.articleLink());
                    if (!articles.contains(article)) articles.add(article);
                }
            });
        }
        articles.sort(Comparator.comparing(NewsArticle::published, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(NewsArticle::symbol));
        return articles;
    }

    /**
     * The instrument list for naming articles' symbols (waiting for its first load like any lookup); without it,
     * articles carry their instrument keys only.
     */
    private Optional<InstrumentMaster> master() {
        try {
            return Optional.of(catalog.master());
        } catch (ToolCallException unavailable) {
            return Optional.empty();
        }
    }
}
