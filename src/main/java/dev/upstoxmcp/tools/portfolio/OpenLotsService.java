package dev.upstoxmcp.tools.portfolio;

import static dev.upstoxmcp.upstox.UpstoxGroup.PORTFOLIO;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.upstoxmcp.analytics.FifoLots;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.orders.TradeHistoryService;
import dev.upstoxmcp.tools.orders.TradeSegment;
import dev.upstoxmcp.upstox.PortfolioApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.dto.Holding;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Each holding's open lots, rebuilt first-in-first-out from the equity trade history Upstox keeps
 * ({@link FifoLots}) and reconciled with get_holdings: quantity the history does not explain is one opening lot
 * "held since before" the history's first day, costing what Upstox's average price implies for it (invested minus the
 * cost of the lots bought inside the history). So lot quantities and costs always sum to the holding's.
 */
@ApplicationScoped
public class OpenLotsService {

    @Inject
    @RestClient
    PortfolioApi portfolio;

    @Inject
    UpstoxGateway upstox;

    @Inject
    TradeHistoryService tradeHistory;

    @Inject
    InstrumentResolver instruments;

    @Inject
    AnswerStamp stamp;

    /** The first day the trade history covers; no request. */
    public LocalDate historyStart() {
        return tradeHistory.earliest();
    }

    public LotBook book() {
        List<Holding> holdings = upstox.fetch(PORTFOLIO, portfolio::longTermHoldings);
        LocalDate start = tradeHistory.earliest();
        Map<String, List<DeliveryTrade>> bySecurity = new LinkedHashMap<>();
        for (DeliveryTrade trade : DeliveryTrade.of(tradeHistory.allTrades(TradeSegment.EQ))) {
            bySecurity.computeIfAbsent(identity(trade), key -> new ArrayList<>()).add(trade);
        }
        Map<String, Holding> held = new LinkedHashMap<>();
        holdings.forEach(holding -> held.put(identity(holding), holding));
        List<HoldingLots> lots = new ArrayList<>();
        for (Holding holding : holdings) {
            lots.add(lots(holding, bySecurity.getOrDefault(identity(holding), List.of()), start));
        }
        List<String> unexplained = new ArrayList<>();
        List<DeliveryTrade> explained = new ArrayList<>();
        bySecurity.forEach((security, trades) -> {
            Holding holding = held.get(security);
            long quantity = holding == null ? 0 : LotBook.quantity(holding);
            if (FifoLots.reconcile(quantity, fills(trades), start, null).reconciled()) explained.addAll(trades);
            else unexplained.add(trades.get(0).symbol());
        });
        explained.sort(Comparator.comparing(DeliveryTrade::date));
        return new LotBook(start, stamp.now().toLocalDate(), List.copyOf(lots), List.copyOf(explained),
                List.copyOf(unexplained));
    }

    private HoldingLots lots(Holding holding, List<DeliveryTrade> trades, LocalDate start) {
        FifoLots.Reconciled rebuilt = FifoLots.reconcile(LotBook.quantity(holding), fills(trades), start, null);
        return new HoldingLots(holding, isEquity(holding), costed(rebuilt.lots(), HoldingsCalculator.invested(holding)),
                rebuilt.reconciled());
    }

    /**
     * Costs that sum to {@code invested}: the opening lot takes the residual when it is positive; otherwise every lot's
     * trade cost is scaled to the invested amount (Upstox averages costs, FIFO does not), the last lot taking the
     * rounding.
     */
    static List<OpenLot> costed(List<FifoLots.Lot> lots, BigDecimal invested) {
        BigDecimal traded = lots.stream().filter(lot -> !lot.opening()).map(OpenLotsService::tradeCost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal residual = invested.subtract(traded);
        boolean opening = lots.stream().anyMatch(FifoLots.Lot::opening);
        List<OpenLot> costed = new ArrayList<>();
        if (opening && residual.signum() > 0) {
            for (FifoLots.Lot lot : lots) {
                costed.add(new OpenLot(lot.date(), lot.quantity(), lot.opening() ? residual.setScale(2,
                        RoundingMode.HALF_UP) : tradeCost(lot).setScale(2, RoundingMode.HALF_UP), lot.opening()));
            }
            return List.copyOf(costed);
        }
        BigDecimal left = invested;
        for (int i = 0; i < lots.size(); i++) {
            FifoLots.Lot lot = lots.get(i);
            BigDecimal cost = i == lots.size() - 1 ? left : traded.signum() == 0 ? BigDecimal.ZERO
                    : tradeCost(lot).multiply(invested).divide(traded, 2, RoundingMode.HALF_UP);
            left = left.subtract(cost);
            costed.add(new OpenLot(lot.date(), lot.quantity(), cost.setScale(2, RoundingMode.HALF_UP), lot.opening()));
        }
        return List.copyOf(costed);
    }

    private static BigDecimal tradeCost(FifoLots.Lot lot) {
        return lot.price() == null ? BigDecimal.ZERO : lot.price().multiply(BigDecimal.valueOf(lot.quantity()));
    }

    private static List<FifoLots.Fill> fills(List<DeliveryTrade> trades) {
        return trades.stream().map(trade -> new FifoLots.Fill(trade.date(), trade.quantity(), trade.price())).toList();
    }

    /** Shares and ETFs are taxed as equity; gold bonds (instrument type GB) and others are not. */
    private boolean isEquity(Holding holding) {
        try {
            return "EQ".equals(instruments.resolve(holding.instrumentKey()).type());
        } catch (ToolCallException unknown) {
            return true;
        }
    }

    private static String identity(Holding holding) {
        return holding.isin() != null ? holding.isin() : Objects.toString(holding.instrumentKey(), holding.symbol());
    }

    private static String identity(DeliveryTrade trade) {
        return trade.isin() != null ? trade.isin() : Objects.toString(trade.instrumentKey(), trade.symbol());
    }
}
