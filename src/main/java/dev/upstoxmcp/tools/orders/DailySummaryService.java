package dev.upstoxmcp.tools.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.account.AccountService;
import dev.upstoxmcp.tools.account.FundsAndMarginAnswer;
import dev.upstoxmcp.tools.portfolio.ChargesBreakdown;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.tools.portfolio.PnlReportService;
import dev.upstoxmcp.tools.portfolio.PnlSegment;
import dev.upstoxmcp.tools.portfolio.PortfolioService;
import dev.upstoxmcp.tools.portfolio.PositionsTotals;
import dev.upstoxmcp.upstox.MaintenanceException;
import dev.upstoxmcp.upstox.dto.Order;
import dev.upstoxmcp.upstox.dto.Trade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The day in one answer, from the order book, the day's trades, positions, the P&amp;L report's charges for the day
 * (one request per segment traded) and funds.
 */
@ApplicationScoped
public class DailySummaryService {

    @Inject
    OrderService orders;

    @Inject
    PortfolioService portfolio;

    @Inject
    AccountService account;

    @Inject
    PnlReportService reports;

    @Inject
    AnswerStamp stamp;

    public DailySummary summary() {
        List<Order> book = orders.orderBook();
        List<Trade> trades = orders.dayTrades();
        LocalDate day = Optional.ofNullable(OrderBook.day(Stream.concat(
                        book.stream().map(Order::orderTimestamp), trades.stream().map(Trade::exchangeTimestamp))
                .toList())).orElseGet(() -> stamp.now().toLocalDate());
        PositionsTotals positions = portfolio.positions(ListView.SUMMARY, new PageRequest(1, 0)).totals();
        List<PnlSegment> segments = trades.stream().map(trade -> segmentOf(trade.exchange()))
                .filter(Objects::nonNull).distinct().sorted().toList();
        ChargesBreakdown charges = segments.stream().map(segment -> reports.chargesOn(day, segment))
                .reduce(ChargesBreakdown.NONE, ChargesBreakdown::plus);
        FundsAndMarginAnswer funds = null;
        String fundsNote = null;
        try {
            funds = account.fundsAndMargin();
        } catch (MaintenanceException maintenance) {
            fundsNote = maintenance.getMessage();
        }
        return new DailySummary(day, OrderBook.counts(book), OrderBook.tradeTotals(trades), positions, charges,
                segments, positions.realised().subtract(charges.total()),
                funds == null || funds.cash() == null ? null : funds.cash().marginUsed(),
                funds == null ? null : funds.availableToTrade(), fundsNote, stamp.now(), stamp.source());
    }

    /** The P&amp;L report's segment of an exchange code; null for one it does not cover. */
    static PnlSegment segmentOf(String exchange) {
        return switch (exchange == null ? "" : exchange.toUpperCase(Locale.ROOT)) {
            case "NSE", "BSE" -> PnlSegment.EQ;
            case "NFO", "BFO" -> PnlSegment.FO;
            case "MCX", "NSCOM" -> PnlSegment.COM;
            case "CDS", "BCD" -> PnlSegment.CD;
            default -> null;
        };
    }
}
