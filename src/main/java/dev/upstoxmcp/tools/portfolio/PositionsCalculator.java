package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.dto.Position;

/** Rows and totals of positions, taking Upstox's P&L figures as reported. */
final class PositionsCalculator {

    static final String MTF = "MTF";

    private PositionsCalculator() {}

    /** Open positions first, largest absolute value first; then closed ones by symbol. */
    static List<PositionRow> rows(List<Position> positions, ListView view) {
        return positions.stream()
                .map(position -> row(position, view))
                .sorted(Comparator.comparing(PositionRow::open).reversed()
                        .thenComparing(row -> Inr.orZero(row.lastPrice()).multiply(BigDecimal.valueOf(row.quantity()))
                                .abs(), Comparator.reverseOrder())
                        .thenComparing(PositionRow::symbol))
                .toList();
    }

    static PositionsTotals totals(List<Position> positions) {
        int open = (int) positions.stream().filter(PositionsCalculator::isOpen).count();
        int mtf = (int) positions.stream().filter(position -> MTF.equals(position.product())).count();
        return new PositionsTotals(open, positions.size() - open, mtf, sum(positions, Position::realised),
                sum(positions, Position::unrealised), sum(positions, Position::pnl));
    }

    private static PositionRow row(Position position, ListView view) {
        boolean full = view.includesDetail();
        return new PositionRow(position.symbol(), position.product(), quantity(position), position.averagePrice(),
                position.lastPrice(), amount(position.pnl()), amount(position.realised()),
                amount(position.unrealised()), isOpen(position),
                full ? position.exchange() : null,
                full ? position.instrumentKey() : null,
                full ? position.closePrice() : null,
                full ? position.multiplier() : null,
                full ? amount(position.value()) : null,
                full ? position.overnightQuantity() : null,
                full ? position.dayBuyQuantity() : null,
                full ? amount(position.dayBuyValue()) : null,
                full ? position.daySellQuantity() : null,
                full ? amount(position.daySellValue()) : null);
    }

    private static boolean isOpen(Position position) {
        return quantity(position) != 0;
    }

    private static long quantity(Position position) {
        return position.quantity() == null ? 0 : position.quantity();
    }

    /** Rounded to paise; absent counts as zero (Upstox's {@code -0.0} parses as zero too). */
    private static BigDecimal amount(BigDecimal value) {
        return Inr.amount(Inr.orZero(value));
    }

    private static BigDecimal sum(List<Position> positions, Function<Position, BigDecimal> amount) {
        return amount(positions.stream().map(amount).map(Inr::orZero).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
