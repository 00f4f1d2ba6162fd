package dev.upstoxmcp.sandbox;

import static dev.upstoxmcp.sandbox.Fixtures.NODES;
import static dev.upstoxmcp.sandbox.Fixtures.dec;
import static dev.upstoxmcp.sandbox.Fixtures.money;
import static dev.upstoxmcp.sandbox.Fixtures.success;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.upstoxmcp.sandbox.world.DailyBar;
import dev.upstoxmcp.sandbox.world.DemoWorld;
import dev.upstoxmcp.sandbox.world.MarketModel;
import dev.upstoxmcp.sandbox.world.NiftyOptions;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.Security;
import dev.upstoxmcp.sandbox.world.Trade;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The positions of the last day, built from the ledger: the intraday trades of the day, the NIFTY call carried
 * overnight (product D on NFO) and the MTF buys of the days before. Also the margin they block, for the funds.
 */
final class PositionFixtures {

    private static final BigDecimal MTF_MARGIN_RATE = dec("0.25");
    private static final BigDecimal INTRADAY_MARGIN_RATE = dec("0.20");

    /** Margin blocked by the positions and their P&amp;L, as the funds endpoints report them. */
    record Margins(BigDecimal mtf, BigDecimal varElm, BigDecimal premium, BigDecimal unrealisedLoss,
                   BigDecimal realisedToday) {
        BigDecimal total() {
            return mtf.add(varElm).add(premium);
        }
    }

    /** One position: the trades of one security and product. */
    record Position(Security security, String product, long dayBuyQuantity, BigDecimal dayBuyValue,
                    long daySellQuantity, BigDecimal daySellValue, long overnightQuantity, BigDecimal overnightValue,
                    BigDecimal last, BigDecimal close) {

        long quantity() {
            return dayBuyQuantity + overnightQuantity - daySellQuantity;
        }

        BigDecimal buyValue() {
            return dayBuyValue.add(overnightValue);
        }

        BigDecimal buyPrice() {
            long bought = dayBuyQuantity + overnightQuantity;
            return bought == 0 ? dec("0.0") : buyValue().divide(BigDecimal.valueOf(bought), 2, RoundingMode.HALF_UP);
        }

        BigDecimal realised() {
            return daySellQuantity == 0 ? dec("0.0")
                    : money(daySellValue.subtract(buyPrice().multiply(BigDecimal.valueOf(daySellQuantity))));
        }

        BigDecimal unrealised() {
            return quantity() == 0 ? dec("0.0")
                    : money(last.subtract(buyPrice()).multiply(BigDecimal.valueOf(quantity())));
        }
    }

    private final DemoWorld world = DemoWorld.get();
    private final List<Position> positions = positions();

    void addTo(Fixtures fixtures) {
        fixtures.endpoint("portfolio/short-term-positions", "Today's positions of the demo user",
                "/v2/portfolio/short-term-positions", success(rows(false)));
        fixtures.endpoint("portfolio/mtf-positions", "MTF positions of the demo user", "/v3/portfolio/mtf-positions",
                success(rows(true)));
    }

    Margins margins() {
        BigDecimal mtf = BigDecimal.ZERO;
        BigDecimal varElm = BigDecimal.ZERO;
        BigDecimal premium = BigDecimal.ZERO;
        BigDecimal loss = BigDecimal.ZERO;
        BigDecimal realised = BigDecimal.ZERO;
        for (Position position : positions) {
            BigDecimal open = position.buyPrice().multiply(BigDecimal.valueOf(position.quantity()));
            switch (position.product()) {
                case "MTF" -> mtf = mtf.add(open.multiply(MTF_MARGIN_RATE));
                case "I" -> varElm = varElm.add(open.multiply(INTRADAY_MARGIN_RATE));
                default -> premium = premium.add(open);
            }
            loss = loss.add(position.unrealised().min(BigDecimal.ZERO).negate());
            realised = realised.add(position.realised());
        }
        return new Margins(money(mtf), money(varElm), money(premium), money(loss), money(realised));
    }

    private List<Position> positions() {
        Map<String, List<Trade>> groups = new LinkedHashMap<>();
        for (Trade trade : world.account().positionTrades()) {
            groups.computeIfAbsent(trade.security().key() + " " + trade.product(), key -> new ArrayList<>())
                    .add(trade);
        }
        List<Position> result = new ArrayList<>();
        for (List<Trade> trades : groups.values()) result.add(position(trades));
        return List.copyOf(result);
    }

    private Position position(List<Trade> trades) {
        Security security = trades.get(0).security();
        long dayBuy = 0;
        long daySell = 0;
        long overnight = 0;
        BigDecimal dayBuyValue = BigDecimal.ZERO;
        BigDecimal daySellValue = BigDecimal.ZERO;
        BigDecimal overnightValue = BigDecimal.ZERO;
        for (Trade trade : trades) {
            boolean today = trade.date().equals(MarketModel.LAST_DAY);
            if (!today) {
                overnight += trade.quantity();
                overnightValue = overnightValue.add(trade.value());
            } else if (trade.isBuy()) {
                dayBuy += trade.quantity();
                dayBuyValue = dayBuyValue.add(trade.value());
            } else {
                daySell += trade.quantity();
                daySellValue = daySellValue.add(trade.value());
            }
        }
        return new Position(security, trades.get(0).product(), dayBuy, dayBuyValue, daySell, daySellValue, overnight,
                overnightValue, priceOn(security, MarketModel.LAST_DAY), previousPrice(security));
    }

    private BigDecimal priceOn(Security security, LocalDate day) {
        if (security.kind() == Security.Kind.OPTION) {
            return NiftyOptions.price(security, world.market().close(Securities.NIFTY_50, day), day);
        }
        return world.market().close(security.key(), day);
    }

    private BigDecimal previousPrice(Security security) {
        List<DailyBar> bars = world.market().bars(Securities.NIFTY_50);
        return priceOn(security, bars.get(bars.size() - 2).date());
    }

    /** Rows in Upstox's field order; MTF rows lack the legacy {@code tradingsymbol}, like Upstox's sample. */
    private ArrayNode rows(boolean mtf) {
        ArrayNode rows = NODES.arrayNode();
        for (Position position : positions) {
            if (mtf != "MTF".equals(position.product())) continue;
            ObjectNode row = rows.addObject();
            long quantity = position.quantity();
            row.put("exchange", position.security().exchange()).put("multiplier", dec("1.0"))
                    .put("value", quantity == 0 ? dec("0.0")
                            : money(position.buyPrice().multiply(BigDecimal.valueOf(quantity))))
                    .put("pnl", position.realised().add(position.unrealised())).put("product", position.product())
                    .put("instrument_token", position.security().key());
            if (quantity == 0) row.putNull("average_price");
            else row.put("average_price", position.buyPrice());
            row.put("buy_value", money(position.buyValue())).put("overnight_quantity", position.overnightQuantity())
                    .put("day_buy_value", money(position.dayBuyValue()))
                    .put("day_buy_price", average(position.dayBuyValue(), position.dayBuyQuantity()))
                    .put("overnight_buy_amount", money(position.overnightValue()))
                    .put("overnight_buy_quantity", position.overnightQuantity())
                    .put("day_buy_quantity", position.dayBuyQuantity())
                    .put("day_sell_value", money(position.daySellValue()))
                    .put("day_sell_price", average(position.daySellValue(), position.daySellQuantity()))
                    .put("overnight_sell_amount", dec("0.0")).put("overnight_sell_quantity", 0)
                    .put("day_sell_quantity", position.daySellQuantity()).put("quantity", quantity)
                    .put("last_price", position.last()).put("unrealised", position.unrealised())
                    .put("realised", position.realised()).put("sell_value", money(position.daySellValue()))
                    .put("trading_symbol", position.security().symbol());
            if (!mtf) row.put("tradingsymbol", position.security().symbol());
            row.put("close_price", position.close()).put("buy_price", position.buyPrice())
                    .put("sell_price", average(position.daySellValue(), position.daySellQuantity()));
        }
        return rows;
    }

    private static BigDecimal average(BigDecimal value, long quantity) {
        return quantity == 0 ? dec("0.0") : value.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }
}
