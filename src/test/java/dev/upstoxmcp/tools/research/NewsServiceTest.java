package dev.upstoxmcp.tools.research;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.upstoxmcp.upstox.dto.NewsItem;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentMaster;
import org.junit.jupiter.api.Test;

class NewsServiceTest {

    static final String TCS = "NSE_EQ|INE467B01029";
    static final String UNLISTED = "NSE_EQ|INE000X01000";

    // 2026-11-20 19:05 IST, 15:52 IST and 2026-11-17 10:30 IST
    static final NewsItem WEEK = new NewsItem("TCS gains this week", "s1", null, "https://example.com/1",
            1795181700000L);
    static final NewsItem DAY = new NewsItem("TCS shares slip", "s2", null, "https://example.com/2", 1795170120000L);
    static final NewsItem BOARD = new NewsItem("Board to meet", "s3", null, "https://example.com/3", 1794891600000L);

    static NewsService service() {
        NewsService service = new NewsService();
        service.catalog = InstrumentCatalog.of(new InstrumentMaster(List.of(new Instrument(TCS, "NSE_EQ", "NSE",
                "TCS", "TATA CONSULTANCY SERV LT", "TCS", "INE467B01029", "EQ", null, null, 1,
                new BigDecimal("0.05"), null, null, false)), Instant.parse("2026-11-20T01:00:00Z")));
        return service;
    }

    @Test
    void everyPageIsMergedNewestFirstWithSymbolsAndIstTimes() {
        Map<String, List<NewsItem>> first = new LinkedHashMap<>();
        first.put(UNLISTED, List.of(BOARD));
        first.put(TCS, List.of(DAY));
        Map<String, List<NewsItem>> second = Map.of(TCS, List.of(WEEK, DAY));
        List<NewsArticle> articles = service().articles(List.of(first, second));
        assertEquals(List.of("TCS gains this week", "TCS shares slip", "Board to meet"),
                articles.stream().map(NewsArticle::heading).toList(), "the repeated article counts once");
        assertEquals(new NewsArticle("TCS", TCS, OffsetDateTime.parse("2026-11-20T19:05+05:30"),
                "TCS gains this week", "s1", "https://example.com/1"), articles.get(0));
        assertEquals(UNLISTED, articles.get(2).symbol(), "an unknown key stands for itself");
        assertEquals(OffsetDateTime.parse("2026-11-17T10:30+05:30"), articles.get(2).published());
    }
}
