package dev.upstoxmcp.tools.account;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;
import dev.upstoxmcp.upstox.dto.FundsAndMargin;
import dev.upstoxmcp.upstox.dto.FundsAndMarginV3;
import dev.upstoxmcp.upstox.dto.FundsAndMarginV3.CashAvailable;
import dev.upstoxmcp.upstox.dto.FundsAndMarginV3.MarginUsed;

/** Maps both versions of Upstox's funds answer to one {@link FundsAndMarginAnswer}. */
final class FundsMapping {

    private FundsMapping() {}

    static FundsAndMarginAnswer fromV3(FundsAndMarginV3 funds, OffsetDateTime asOf, DataSource source) {
        var available = Optional.ofNullable(funds.availableToTrade());
        var cash = available.map(FundsAndMarginV3.AvailableToTrade::cashAvailableToTrade);
        var cashMoves = cash.map(CashAvailable::cash);
        var cashMargin = cash.map(CashAvailable::marginUsed);
        var pledge = available.map(FundsAndMarginV3.AvailableToTrade::pledgeAvailableToTrade);
        var unsettled = Optional.ofNullable(funds.unavailableToTrade())
                .map(FundsAndMarginV3.UnavailableToTrade::cashUnavailableToTrade)
                .map(FundsAndMarginV3.CashUnavailable::unsettledProfit);
        return new FundsAndMarginAnswer(
                amount(available, FundsAndMarginV3.AvailableToTrade::total),
                new FundsAndMarginAnswer.CashFunds(
                        amount(cash, CashAvailable::total),
                        amount(cashMoves, FundsAndMarginV3.Cash::openingBalance),
                        amount(cashMoves, FundsAndMarginV3.Cash::addedToday),
                        amount(cashMoves, FundsAndMarginV3.Cash::withdrawnToday),
                        amount(cashMoves, FundsAndMarginV3.Cash::amountFromStockSale),
                        amount(cashMoves, FundsAndMarginV3.Cash::unpaidCharges),
                        amount(cashMargin, MarginUsed::total),
                        amount(cashMargin, MarginUsed::mtf),
                        amount(cashMargin.map(MarginUsed::loss), FundsAndMarginV3.Loss::realised),
                        amount(cashMargin.map(MarginUsed::loss), FundsAndMarginV3.Loss::unrealised),
                        amount(cashMargin.map(MarginUsed::deliveryMargin), FundsAndMarginV3.DeliveryMargin::total)),
                new FundsAndMarginAnswer.PledgeFunds(
                        amount(pledge, FundsAndMarginV3.PledgeAvailable::total),
                        amount(pledge.map(FundsAndMarginV3.PledgeAvailable::marginFromPledge),
                                FundsAndMarginV3.PledgeMargin::total),
                        amount(pledge.map(FundsAndMarginV3.PledgeAvailable::marginUsed), MarginUsed::total)),
                new FundsAndMarginAnswer.UnavailableFunds(
                        amount(unsettled, FundsAndMarginV3.UnsettledProfit::todaysProfit),
                        amount(unsettled, FundsAndMarginV3.UnsettledProfit::previousDays)),
                asOf, source);
    }

    /** v2 reports per segment; since July 2025 equity holds the combined figures and commodity is zero. */
    static FundsAndMarginAnswer fromV2(FundsAndMargin funds, OffsetDateTime asOf, DataSource source) {
        var equity = Optional.ofNullable(funds.equity());
        var commodity = Optional.ofNullable(funds.commodity());
        BigDecimal available = sum(equity, commodity, FundsAndMargin.SegmentFunds::availableMargin);
        BigDecimal used = sum(equity, commodity, FundsAndMargin.SegmentFunds::usedMargin);
        BigDecimal added = sum(equity, commodity, FundsAndMargin.SegmentFunds::payinAmount);
        return new FundsAndMarginAnswer(available,
                new FundsAndMarginAnswer.CashFunds(available, null, added, null, null, null, used, null, null, null,
                        null),
                null, null, asOf, source);
    }

    private static <T> BigDecimal amount(Optional<T> part, Function<T, BigDecimal> field) {
        return part.map(field).map(Inr::amount).orElse(null);
    }

    private static BigDecimal sum(Optional<FundsAndMargin.SegmentFunds> equity,
                                  Optional<FundsAndMargin.SegmentFunds> commodity,
                                  Function<FundsAndMargin.SegmentFunds, BigDecimal> field) {
        BigDecimal equityPart = Inr.orZero(equity.map(field).orElse(null));
        return Inr.amount(equityPart.add(Inr.orZero(commodity.map(field).orElse(null))));
    }
}
