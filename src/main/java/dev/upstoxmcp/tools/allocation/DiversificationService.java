package dev.upstoxmcp.tools.allocation;

import static dev.upstoxmcp.upstox.UpstoxGroup.MUTUAL_FUNDS;
import static dev.upstoxmcp.upstox.UpstoxGroup.PORTFOLIO;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.account.AccountService;
import dev.upstoxmcp.tools.account.FundsAndMarginAnswer;
import dev.upstoxmcp.tools.funds.MutualFundCalculator;
import dev.upstoxmcp.tools.portfolio.HoldingsCalculator;
import dev.upstoxmcp.upstox.MaintenanceException;
import dev.upstoxmcp.upstox.MutualFundApi;
import dev.upstoxmcp.upstox.ParallelRequests;
import dev.upstoxmcp.upstox.PortfolioApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.dto.Holding;
import dev.upstoxmcp.upstox.dto.MutualFundHolding;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The account's diversification: delivery holdings (valued as get_holdings values them), mutual funds (as
 * get_mutual_fund_holdings values them) and cash, each classified by asset class from its instrument data, company
 * shares by Upstox's sector and an estimated market cap.
 */
@ApplicationScoped
public class DiversificationService {

    static final String METHOD_SECTOR = "Sectors are as Upstox's company profile reports them; Upstox gives one sector "
            + "per company and no separate industry, so industry granularity is that sector. ETFs count as \""
            + Part.DIVERSIFIED_ETF + "\" (gold ETFs and sovereign gold bonds as \"" + Part.GOLD + "\"), mutual "
            + "funds as \"" + Part.MUTUAL_FUNDS + "\", cash as \"" + Part.CASH + "\".";
    static final String METHOD_CONCENTRATION = "Concentration counts each stock, ETF, bond and fund scheme as one "
            + "holding (funds are not looked through) and leaves cash out. Limits: one stock > 20% of holdings, one "
            + "sector > 35% of stocks, top 5 > 60% of holdings, HHI 1,500-2,500 moderate and > 2,500 high, fewer "
            + "than 8 effective holdings.";

    @Inject
    @RestClient
    PortfolioApi portfolio;

    @Inject
    @RestClient
    MutualFundApi funds;

    @Inject
    UpstoxGateway upstox;

    @Inject
    AccountService account;

    @Inject
    InstrumentResolver instruments;

    @Inject
    CompanyFactsReader companies;

    @Inject
    ParallelRequests parallel;

    @Inject
    AnswerStamp stamp;

    public DiversificationAnswer diversification(boolean includeMutualFunds, boolean includeCash) {
        List<Holding> holdings = upstox.fetch(PORTFOLIO, portfolio::longTermHoldings);
        List<MutualFundHolding> schemes = includeMutualFunds ? upstox.fetch(MUTUAL_FUNDS, funds::holdings) : List.of();
        List<String> notes = new ArrayList<>(List.of(METHOD_SECTOR, companies.marketCapMethod(),
                METHOD_CONCENTRATION));
        List<Part> parts = new ArrayList<>();
        if (includeCash) cash(notes).ifPresent(parts::add);
        parts.addAll(parallel.all(holdings.stream().<Supplier<Part>>map(holding -> () -> listed(holding)).toList()));
        schemes.forEach(scheme -> parts.add(new Part(null, scheme.fund(), scheme.instrumentKey(),
                AssetClass.MUTUAL_FUND, Part.MUTUAL_FUNDS, null, null, null,
                MutualFundCalculator.currentValue(scheme), null)));
        long unknown = parts.stream().filter(part -> part.note() != null).count();
        if (unknown > 0) notes.add(unknown + (unknown == 1 ? " holding has" : " holdings have") + " an unknown "
                + "sector or market cap; see each holding's note.");
        return AllocationReport.of(parts, notes, stamp.now(), stamp.source());
    }

    /** Cash available to trade; left out with a note during Upstox's nightly funds maintenance. */
    private Optional<Part> cash(List<String> notes) {
        FundsAndMarginAnswer funds;
        try {
            funds = account.fundsAndMargin();
        } catch (MaintenanceException maintenance) {
            notes.add("Cash is left out: " + maintenance.getMessage());
            return Optional.empty();
        }
        BigDecimal available = funds.cash() == null ? null : funds.cash().available();
        if (available == null || available.signum() < 0) {
            notes.add("Cash is left out: Upstox reports " + (available == null ? "no cash balance"
                    : "a negative cash balance of " + Inr.format(available)) + ".");
            return Optional.empty();
        }
        return Optional.of(new Part(null, "Cash available to trade", null, AssetClass.CASH, Part.CASH, null, null,
                null, available, null));
    }

    private Part listed(Holding holding) {
        BigDecimal value = HoldingsCalculator.currentValue(holding);
        Optional<Instrument> instrument = instruments.known(holding.instrumentKey());
        AssetClass kind = AssetClass.ofListed(holding.isin(), instrument.map(Instrument::type).orElse(null),
                holding.symbol());
        String name = instrument.map(Instrument::name).orElse(holding.companyName());
        return switch (kind) {
            case EQUITY -> instrument.map(company -> company(holding, company, value)).orElseGet(() -> new Part(
                    holding.symbol(), name, holding.isin(), kind, Part.UNKNOWN, MarketCapBucket.UNKNOWN, null, null,
                    value, "Not in Upstox's instrument list, so its fundamentals cannot be looked up."));
            case ETF -> new Part(holding.symbol(), name, holding.isin(), kind, isGold(name) ? Part.GOLD
                    : Part.DIVERSIFIED_ETF, null, null, null, value, null);
            case GOLD_BOND -> new Part(holding.symbol(), name, holding.isin(), kind, Part.GOLD, null, null, null,
                    value, null);
            default -> new Part(holding.symbol(), name, holding.isin(), kind, Part.OTHER, null, null, null, value,
                    null);
        };
    }

    private Part company(Holding holding, Instrument company, BigDecimal value) {
        CompanyFacts facts = companies.of(company);
        return new Part(holding.symbol(), company.name(), holding.isin(), AssetClass.EQUITY,
                facts.sector() == null ? Part.UNKNOWN : facts.sector(),
                companies.bucket(facts),
                facts.capCrore(), facts.capBasis(), value,
                facts.gaps().isEmpty() ? null : String.join(" ", facts.gaps()));
    }


    /** A gold ETF, by the name in the instrument list (e.g. "NIPPON INDIA ETF GOLD BEES"). */
    private static boolean isGold(String name) {
        return name != null && name.toUpperCase(Locale.ROOT).contains("GOLD");
    }
}
