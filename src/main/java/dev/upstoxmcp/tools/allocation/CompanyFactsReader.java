package dev.upstoxmcp.tools.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.research.CompanyService;
import dev.upstoxmcp.tools.research.FundamentalsAnswer;
import dev.upstoxmcp.tools.research.FundamentalsSection;
import dev.upstoxmcp.tools.research.NoCompanyDataException;
import dev.upstoxmcp.upstox.instruments.Instrument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sector and estimated market cap of a company from Upstox's fundamentals (profile, key ratios, the yearly income
 * statement, and the balance sheet only for loss makers), through {@link CompanyService} and its 12-hour cache. A
 * part Upstox has no data for leaves that fact unknown with the reason; any other failure (login, outage) fails.
 */
@ApplicationScoped
public class CompanyFactsReader {

    static final String METHOD = "Market caps are estimates, since Upstox publishes none: P/E × latest yearly net "
            + "profit (or P/B × net worth for a loss maker), INR crore. Large from %s crore, mid from %s crore, "
            + "small below (close to AMFI's cut-offs).";

    @Inject
    CompanyService companies;

    @Inject
    AllocationConfig config;

    /** How market caps are estimated and classed, with the configured thresholds. */
    String marketCapMethod() {
        return String.format(Locale.ROOT, METHOD, crore(config.largeCapFromCrore()), crore(config.midCapFromCrore()));
    }

    MarketCapBucket bucket(CompanyFacts facts) {
        return MarketCapBucket.of(facts.capCrore(), config.largeCapFromCrore(), config.midCapFromCrore());
    }

    CompanyFacts of(Instrument company) {
        List<String> gaps = new ArrayList<>();
        String sector = section(company, FundamentalsSection.PROFILE, gaps)
                .map(FundamentalsAnswer::profile).map(FundamentalsAnswer.Profile::sector)
                .filter(name -> !name.isBlank()).orElse(null);
        if (sector == null && gaps.isEmpty()) gaps.add("Upstox's profile of " + company.symbol() + " names no sector.");
        Optional<FundamentalsAnswer.KeyRatios> ratios = section(company, FundamentalsSection.KEY_RATIOS, gaps)
                .map(FundamentalsAnswer::keyRatios);
        if (ratios.isEmpty()) return new CompanyFacts(sector, null, null, gaps);
        Optional<FundamentalsAnswer.IncomeYear> year = section(company, FundamentalsSection.INCOME_STATEMENT, gaps)
                .map(FundamentalsAnswer::incomeStatement).flatMap(statement -> statement.years().stream().findFirst());
        Optional<BigDecimal> byEarnings = CompanyFacts.estimate(CompanyFacts.ratio(ratios.get(), "P/E"),
                year.map(FundamentalsAnswer.IncomeYear::netProfit).orElse(null));
        if (byEarnings.isPresent()) {
            return new CompanyFacts(sector, byEarnings.get(), "P/E × net profit " + year.get().period(), gaps);
        }
        Optional<FundamentalsAnswer.BalanceSheetYear> sheet = section(company, FundamentalsSection.BALANCE_SHEET,
                gaps).map(FundamentalsAnswer::balanceSheet).flatMap(balance -> balance.years().stream().findFirst());
        Optional<BigDecimal> byBook = CompanyFacts.estimate(CompanyFacts.ratio(ratios.get(), "P/B"),
                sheet.map(FundamentalsAnswer.BalanceSheetYear::netWorth).orElse(null));
        if (byBook.isPresent()) {
            return new CompanyFacts(sector, byBook.get(), "P/B × net worth " + sheet.get().period(), gaps);
        }
        gaps.add("The market cap of " + company.symbol() + " cannot be estimated: Upstox gives no positive P/E with "
                + "net profit, nor P/B with net worth.");
        return new CompanyFacts(sector, null, null, gaps);
    }

    /** {@code ₹1,00,000}: a threshold in crore without paise. */
    private static String crore(BigDecimal amount) {
        return Inr.format(amount).replaceFirst("\\.00$", "");
    }

    private Optional<FundamentalsAnswer> section(Instrument company, FundamentalsSection section, List<String> gaps) {
        try {
            return Optional.of(companies.fundamentals(company, List.of(section)));
        } catch (NoCompanyDataException missing) {
            gaps.add(missing.getMessage());
            return Optional.empty();
        }
    }
}
