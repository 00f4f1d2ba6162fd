package dev.upstoxmcp.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Open lots of one security rebuilt first-in-first-out from its trades, reconciled with the quantity held now.
 * <p>
 * The trades known may start after the security was first bought (a broker keeps a limited history). The quantity
 * they do not explain is one <em>opening</em> lot held before the first trade known:
 * {@code opening = max(held − Σ signed trade quantities, −min prefix sum, 0)}, the smallest quantity that explains
 * the holding and never lets a sale exceed what was held. Sales then consume the oldest lots first. When the trades
 * explain more than is held (quantity moved elsewhere, e.g. margin or intraday positions), the oldest lots are
 * trimmed to the held quantity and the result says the trades did not reconcile.
 */
public final class FifoLots {

    private FifoLots() {}

    /** One trade: a buy (quantity > 0) or a sale (quantity < 0), at a price per unit. */
    public record Fill(LocalDate date, long quantity, BigDecimal price) {}

    /** An open lot: bought on {@code date} (for the opening lot, the first day the trades cover) at {@code price}. */
    public record Lot(LocalDate date, long quantity, BigDecimal price, boolean opening) {}

    /**
     * @param openingQuantity held before the first trade known
     * @param lots            open now, oldest first; their quantities sum to the held quantity
     * @param reconciled      whether opening + Σ trades equals the held quantity exactly (nothing trimmed)
     */
    public record Reconciled(long openingQuantity, List<Lot> lots, boolean reconciled) {}

    /**
     * @param held         quantity held now, ≥ 0
     * @param fills        trades oldest first
     * @param openingDate  the date given to the opening lot (the first day the trade history covers)
     * @param openingPrice price per unit of the opening lot (may be null when unknown)
     */
    public static Reconciled reconcile(long held, List<Fill> fills, LocalDate openingDate, BigDecimal openingPrice) {
        if (held < 0) throw new IllegalArgumentException("held quantity must be >= 0, got " + held);
        long net = 0;
        long lowest = 0;
        for (Fill fill : fills) {
            net += fill.quantity();
            lowest = Math.min(lowest, net);
        }
        long opening = Math.max(Math.max(held - net, -lowest), 0);
        Deque<Lot> open = new ArrayDeque<>();
        if (opening > 0) open.add(new Lot(openingDate, opening, openingPrice, true));
        for (Fill fill : fills) {
            if (fill.quantity() > 0) open.addLast(new Lot(fill.date(), fill.quantity(), fill.price(), false));
            else consume(open, -fill.quantity());
        }
        long total = open.stream().mapToLong(Lot::quantity).sum();
        consume(open, total - held);
        return new Reconciled(opening, List.copyOf(new ArrayList<>(open)), total == held);
    }

    /** Removes {@code quantity} from the oldest lots. */
    private static void consume(Deque<Lot> open, long quantity) {
        long left = quantity;
        while (left > 0 && !open.isEmpty()) {
            Lot oldest = open.removeFirst();
            if (oldest.quantity() > left) {
                open.addFirst(new Lot(oldest.date(), oldest.quantity() - left, oldest.price(), oldest.opening()));
                left = 0;
            } else {
                left -= oldest.quantity();
            }
        }
    }
}
