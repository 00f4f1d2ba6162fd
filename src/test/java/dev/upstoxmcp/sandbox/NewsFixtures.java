package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.upstoxmcp.sandbox.Companies.Company;
import dev.upstoxmcp.sandbox.world.Account;
import dev.upstoxmcp.sandbox.world.DailyBar;
import dev.upstoxmcp.sandbox.world.DemoWorld;
import dev.upstoxmcp.sandbox.world.MarketModel;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.Security;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * News of the past week ({@code GET /v2/news}) about every equity the demo account holds. <b>The articles are
 * invented</b> and say only what the demo world knows: how the stock closed on the last day and over the week (from
 * the modelled prices), and its next board meeting (from {@link CorporateActionFixtures}). Links and thumbnails point
 * at {@code example.com}. Served per instrument key ({@code category=instrument_keys}) and for the holdings
 * ({@code category=holdings}), one page of 100 as the news tool asks; any other instrument key gets an empty page,
 * as Upstox answers for a key without news.
 */
final class NewsFixtures {

    static final int PAGE_SIZE = 100;
    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final String SITE = "https://example.com/upstox-mcp-demo/news/";

    /** One article and the instrument it is about. */
    record Article(String key, LocalDate day, LocalTime time, String heading, String summary, String slug) {

        long publishedMillis() {
            return day.atTime(time).toInstant(IST).toEpochMilli();
        }
    }

    private final DemoWorld world = DemoWorld.get();

    void addTo(Fixtures fixtures) {
        List<Article> all = new ArrayList<>();
        for (Company company : Companies.HELD) {
            Security security = Securities.bySymbol(company.symbol());
            List<Article> articles = articles(security);
            all.addAll(articles);
            fixtures.endpoint("news/" + company.symbol(), "News of the past week about " + company.symbol()
                    + " (invented)", request().query("category", "instrument_keys")
                    .query("instrument_keys", security.key()), page(articles));
        }
        List<Article> ofHoldings = new ArrayList<>();
        for (Account.Holding holding : world.account().holdings()) {
            all.stream().filter(article -> article.key().equals(holding.security().key())).forEach(ofHoldings::add);
        }
        fixtures.endpoint("news/holdings", "News of the past week about the demo user's holdings (invented)",
                request().query("category", "holdings"), page(ofHoldings));
        fixtures.endpoint("news/no-news", "An instrument key without news of the past week",
                Fixtures.Request.path("/v2/news").query("category", "instrument_keys").priority(6), page(List.of()));
    }

    private static Fixtures.Request request() {
        return Fixtures.Request.path("/v2/news").query("page_number", "1")
                .query("page_size", String.valueOf(PAGE_SIZE));
    }

    /** {@code data} keyed by instrument key in the order the keys first appear, newest article first per key. */
    private static ObjectNode page(List<Article> articles) {
        ObjectNode body = NODES.objectNode().put("status", "success");
        ObjectNode data = body.putObject("data");
        for (Article article : articles) {
            ArrayNode items = data.has(article.key()) ? (ArrayNode) data.get(article.key())
                    : data.putArray(article.key());
            items.addObject().put("heading", article.heading()).put("summary", article.summary())
                    .put("thumbnail", SITE + "thumbnails/markets.webp")
                    .put("article_link", SITE + article.slug() + "/")
                    .put("published_time", article.publishedMillis());
        }
        data.properties().forEach(entry -> sortNewestFirst((ArrayNode) entry.getValue()));
        body.putObject("metadata").putObject("page").put("page_number", 1).put("page_size", PAGE_SIZE)
                .put("total_records", articles.size())
                .put("total_pages", articles.isEmpty() ? 0 : (articles.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        return body;
    }

    private static void sortNewestFirst(ArrayNode items) {
        List<ObjectNode> sorted = new ArrayList<>();
        items.forEach(item -> sorted.add((ObjectNode) item));
        sorted.sort(Comparator.comparingLong((ObjectNode item) -> item.get("published_time").asLong()).reversed());
        items.removeAll();
        sorted.forEach(items::add);
    }

    /** The day's close, the week's move and, when one is coming, the next board meeting. */
    private List<Article> articles(Security security) {
        List<DailyBar> bars = world.market().bars(security.key());
        DailyBar last = bars.get(bars.size() - 1);
        DailyBar previous = bars.get(bars.size() - 2);
        DailyBar weekAgo = bars.get(bars.size() - 6);
        String name = companyName(security);
        String symbol = security.symbol().toLowerCase(Locale.ROOT);
        List<Article> articles = new ArrayList<>();
        BigDecimal day = percent(last.close(), previous.close());
        articles.add(new Article(security.key(), last.date(), LocalTime.of(15, 52),
                name + " shares " + (day.signum() >= 0 ? "close " + day + "% higher" : "slip " + day.abs() + "%")
                        + " at ₹" + last.close(),
                security.symbol() + " ended the session at ₹" + last.close() + " against ₹" + previous.close()
                        + " the day before, in a range of ₹" + last.low() + " to ₹" + last.high() + ", with "
                        + String.format(Locale.ROOT, "%,d", last.volume()) + " shares traded on NSE.",
                symbol + "-shares-close-" + last.date()));
        BigDecimal week = percent(last.close(), weekAgo.close());
        articles.add(new Article(security.key(), last.date(), LocalTime.of(19, 5),
                name + (week.signum() >= 0 ? " gains " + week : " loses " + week.abs()) + "% this week",
                security.symbol() + " finished the week at ₹" + last.close() + ", compared with ₹" + weekAgo.close()
                        + " at the close of " + weekAgo.date().getDayOfWeek().getDisplayName(
                        TextStyle.FULL, Locale.ENGLISH) + ", " + weekAgo.date() + ".",
                symbol + "-weekly-wrap-" + last.date()));
        CorporateActionFixtures.nextBoardMeeting(security.symbol(), MarketModel.LAST_DAY).ifPresent(meeting ->
                articles.add(new Article(security.key(), MarketModel.LAST_DAY.minusDays(3), LocalTime.of(10, 30),
                        name + " board to meet on " + CorporateActionFixtures.display(meeting.date()),
                        name + " said its board will meet on " + CorporateActionFixtures.display(meeting.date())
                                + " to consider " + meeting.purpose().toLowerCase(Locale.ROOT)
                                + " for the quarter ending December 2026.",
                        symbol + "-board-meeting-" + meeting.date())));
        return articles;
    }

    private static String companyName(Security security) {
        return switch (security.symbol()) {
            case "RELIANCE" -> "Reliance Industries";
            case "TCS" -> "TCS";
            case "HDFCBANK" -> "HDFC Bank";
            case "INFY" -> "Infosys";
            case "ICICIBANK" -> "ICICI Bank";
            case "ITC" -> "ITC";
            case "HINDUNILVR" -> "Hindustan Unilever";
            case "BHARTIARTL" -> "Bharti Airtel";
            case "LT" -> "Larsen & Toubro";
            case "SUNPHARMA" -> "Sun Pharma";
            case "MARUTI" -> "Maruti Suzuki";
            case "TATAPOWER" -> "Tata Power";
            default -> security.name();
        };
    }

    private static BigDecimal percent(BigDecimal now, BigDecimal before) {
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
    }
}
