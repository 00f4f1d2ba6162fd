package dev.upstoxmcp.tools.orders;

import static dev.upstoxmcp.upstox.UpstoxGroup.REPORTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.upstox.ChargesApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.UpstoxPagedResponse;
import dev.upstoxmcp.upstox.dto.HistoricalTrade;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Trades of the last three financial years, fetched per financial year (see {@link TradeHistoryWindows}) in pages of
 * {@value #PAGE_SIZE}, then narrowed to the asked dates, segment and instrument.
 */
@ApplicationScoped
public class TradeHistoryService {

    /** Rows per Upstox request: a fixed size (Upstox allows up to 5000), so the requests are always the same. */
    static final int PAGE_SIZE = 1000;
    /** More requests than this for one question would crowd out everything else in Upstox's per-minute budget. */
    static final int MAX_REQUESTS = 30;

    @Inject
    @RestClient
    ChargesApi charges;

    @Inject
    UpstoxGateway upstox;

    @Inject
    InstrumentResolver instruments;

    @Inject
    AnswerStamp stamp;

    public TradeHistoryPage history(Optional<LocalDate> from, Optional<LocalDate> to, Optional<TradeSegment> segment,
                                    Optional<String> instrument, ListView view, PageRequest page) {
        LocalDate today = stamp.now().toLocalDate();
        LocalDate end = to.orElse(today);
        LocalDate start = from.orElseGet(() -> TradeHistoryWindows.earliest(today));
        List<TradeHistoryWindows.Window> windows = TradeHistoryWindows.of(start, end, today);
        Optional<Instrument> wanted = instrument.filter(text -> !text.isBlank()).map(instruments::resolve);
        String segmentCode = segment.map(Enum::name).orElse(null);
        List<HistoricalTrade> trades = fetch(windows, segmentCode).stream()
                .filter(inRange(start, end))
                .filter(trade -> wanted.map(match -> isOf(trade, match)).orElse(true))
                .sorted(Comparator.comparing(TradeHistoryService::dateOf).reversed()
                        .thenComparing(trade -> Objects.toString(trade.tradeId(), ""), Comparator.reverseOrder()))
                .toList();
        PageRequest.Page<TradeHistoryRow> shown = page.slice(view == ListView.SUMMARY ? List.of()
                : trades.stream().map(trade -> row(trade, view == ListView.FULL)).toList());
        TradeTotals totals = TradeTotals.of(trades, HistoricalTrade::transactionType, TradeHistoryService::amount);
        return new TradeHistoryPage(start, end, segment.orElse(null), wanted.map(Instrument::symbol).orElse(null),
                view, shown.items(), totals, shown.nextCursor(), shown.hasMore(), stamp.now(), stamp.source());
    }

    /** The first day Upstox still has trades for (1 April of the financial year two before today's). */
    public LocalDate earliest() {
        return TradeHistoryWindows.earliest(stamp.now().toLocalDate());
    }

    /**
     * Every trade of one segment from {@link #earliest()} to today, oldest first (trade id breaks ties), as full rows;
     * for analytics over the account's whole available history.
     */
    public List<TradeHistoryRow> allTrades(TradeSegment segment) {
        LocalDate today = stamp.now().toLocalDate();
        LocalDate start = TradeHistoryWindows.earliest(today);
        return fetch(TradeHistoryWindows.of(start, today, today), segment.name()).stream()
                .filter(inRange(start, today))
                .sorted(Comparator.comparing(TradeHistoryService::dateOf)
                        .thenComparing(trade -> Objects.toString(trade.tradeId(), "")))
                .map(trade -> row(trade, true))
                .toList();
    }

    private List<HistoricalTrade> fetch(List<TradeHistoryWindows.Window> windows, String segment) {
        List<HistoricalTrade> trades = new ArrayList<>();
        int requests = 0;
        for (TradeHistoryWindows.Window window : windows) {
            int pages = 1;
            for (int number = 1; number <= pages; number++) {
                if (++requests > MAX_REQUESTS) {
                    throw new ToolCallException("That range holds more than " + (MAX_REQUESTS - 1) * PAGE_SIZE
                            + " trades, more than one question may fetch. Ask for one financial year at a time, or "
                            + "one segment.");
                }
                int pageNumber = number;
                UpstoxPagedResponse<List<HistoricalTrade>> response = upstox.fetch(REPORTS, () -> UpstoxPagedResponse
                        .enveloped(charges.historicalTrades(segment, window.start().toString(),
                                window.end().toString(), pageNumber, PAGE_SIZE)));
                if (response.getData() != null) trades.addAll(response.getData());
                pages = Math.max(pages, response.totalPages());
            }
        }
        return trades;
    }

    private static TradeHistoryRow row(HistoricalTrade trade, boolean full) {
        boolean derivative = trade.optionType() != null && !trade.optionType().isBlank()
                || trade.expiry() != null && !trade.expiry().isBlank();
        return new TradeHistoryRow(dateOf(trade), symbolOf(trade), trade.transactionType(),
                trade.quantity() == null ? 0 : trade.quantity(), trade.price(), Inr.amount(amount(trade)),
                full ? trade.segment() : null,
                full ? trade.exchange() : null,
                full ? trade.scripName() : null,
                full ? OrderBook.blankAsNull(trade.isin()) : null,
                full ? trade.instrumentKey() : null,
                full ? trade.tradeId() : null,
                full && derivative ? strike(trade.strikePrice()) : null,
                full && derivative ? OrderBook.blankAsNull(trade.optionType()) : null,
                full && derivative ? OrderBook.blankAsNull(trade.expiry()) : null);
    }

    private static Predicate<HistoricalTrade> inRange(LocalDate from, LocalDate to) {
        return trade -> {
            LocalDate date = dateOf(trade);
            return date != null && !date.isBefore(from) && !date.isAfter(to);
        };
    }

    private static boolean isOf(HistoricalTrade trade, Instrument instrument) {
        return instrument.key().equals(trade.instrumentKey())
                || instrument.symbol().equalsIgnoreCase(Objects.toString(trade.symbol(), ""));
    }

    /** Upstox's amount, or price times quantity where it left the amount out. */
    private static BigDecimal amount(HistoricalTrade trade) {
        if (trade.amount() != null) return trade.amount();
        return Inr.orZero(trade.price()).multiply(BigDecimal.valueOf(trade.quantity() == null ? 0 : trade.quantity()));
    }

    private static LocalDate dateOf(HistoricalTrade trade) {
        try {
            return trade.tradeDate() == null ? null : LocalDate.parse(trade.tradeDate().strip());
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    private static String symbolOf(HistoricalTrade trade) {
        return trade.symbol() != null && !trade.symbol().isBlank() ? trade.symbol() : trade.scripName();
    }

    private static BigDecimal strike(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
