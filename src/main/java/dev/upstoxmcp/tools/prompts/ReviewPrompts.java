package dev.upstoxmcp.tools.prompts;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Prompt;
import dev.upstoxmcp.mcp.PromptArg;
import dev.upstoxmcp.mcp.ToolCallException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready-made reviews of the user's portfolio. Each names the tools to call, the rules to apply and the answer to
 * write, so that any model gives the same, checkable review; the numbers come from the tools, never from memory.
 */
@ApplicationScoped
public class ReviewPrompts {

    /** The investment models {@code investment_model_review} knows, with the rules it states. */
    enum Model {
        QUALITY("""
                Quality (in the spirit of MSCI Quality and "coffee-can" screens): passes when ROE >= 15 % and \
                ROCE >= 15 % (get_fundamentals key_ratios, company value) and revenue grew in each of the last \
                four years (income_statement revenue_growth_percent > 0)."""),
        VALUE("""
                Value: passes when the company's P/E is below its sector's P/E and its P/B below the sector's P/B \
                (get_fundamentals key_ratios, company vs sector). Loss-making companies (no P/E) fail."""),
        MOMENTUM("""
                Momentum (12-1 month, as in Jegadeesh-Titman and MSCI Momentum): passes when the 12-month return \
                excluding the last month, (1 + r12m) / (1 + r1m) - 1 from get_technical_indicators returns, beats \
                the same figure of NIFTY 50 and the last close is above its 200-day SMA."""),
        LOW_VOLATILITY("""
                Low volatility (in the spirit of NIFTY 100 Low Volatility 30): passes when the holding's weekly beta \
                to NIFTY 50 over 3 years is at most 0.90 (get_portfolio_beta holdings) and its ATR(14) is at most \
                2 % of the close (get_technical_indicators)."""),
        CONCENTRATION("""
                Concentration limits (portfolio level, modelled on SEBI's 10 % single-issuer cap for equity mutual \
                funds): no single holding above 10 % of the portfolio, no sector above 30 %, top five holdings at \
                most 50 %, and at least 10 effective holdings (1 / HHI), all from get_diversification.""");

        private final String rule;

        Model(String rule) {
            this.rule = rule;
        }

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final int MAX_YEARS = 10;
    static final int MAX_LOOKBACK_MONTHS = 36;

    @Prompt(name = "hold_or_sell_review", title = "Hold or sell?", description = """
            Reviews one holding or every holding for a hold / add / trim / exit decision: trend and technicals, \
            valuation against the sector and peers, recent corporate actions and news, and the holding's place in \
            the portfolio (weight, P&L, beta, correlation).""")
    public String holdOrSellReview(
            @PromptArg(description = "A holding's symbol or name, e.g. TCS; every holding when left empty")
            Optional<String> instrument) {
        String scope = instrument.map(name -> "my holding " + name + " (if I do not hold it, say so and review it "
                + "as a stock I might buy)").orElse("each of my holdings, largest weight first");
        return """
                Review %s and tell me whether to hold, add, trim or exit.

                Use the upstox-mcp tools, and only their numbers:
                1. get_portfolio_breakdown (sort_by weight) for quantity, average cost, P&L, weight, contribution \
                and holding period.
                2. analyze_stock for each holding reviewed: trend verdict and indicators, valuation and key ratios \
                against the sector and competitors, corporate actions and news, and the portfolio context (weight, \
                correlation with the rest of the portfolio, beta, and what trimming would change).
                3. get_portfolio_beta (chart false) if the review covers several holdings, for the portfolio's beta.

                Answer with:
                - A table: holding | weight %% | P&L %% | trend verdict | P/E vs sector | beta | decision.
                - For each holding, three to five bullet reasons that quote the numbers behind them, and what \
                would change the decision (a level to watch, an upcoming board meeting or result).
                - Tax note: holdings within 365 days of purchase are short-term; say which ones, from the holding \
                period.
                - End with the data's date (as_of) and that this is an analysis of data, not investment advice.
                """.formatted(scope);
    }

    @Prompt(name = "governance_review", title = "Governance review", description = """
            Goes through the latest board meetings, AGMs/EGMs, dividends, splits and bonuses, and shareholding \
            changes of the companies I hold, and derives the governance health of the portfolio.""")
    public String governanceReview(
            @PromptArg(description = "How many months back to look, 1-36; 12 when left empty")
            Optional<String> lookbackMonths) {
        int months = wholeNumber(lookbackMonths, "lookback_months", 12, 1, MAX_LOOKBACK_MONTHS);
        return """
                Derive the governance health of my portfolio from the last %d months of corporate events.

                Use the upstox-mcp tools, and only their data:
                1. get_governance_summary with lookback_months %d: per holding, board meetings, AGMs/EGMs, \
                dividends, splits/bonuses/rights/buybacks, shareholding changes and the flags it raises.
                2. For every holding with a flag, get_news (that instrument) for what the market said, and \
                get_fundamentals (shareholding) for the promoter, FII, DII and mutual-fund trend.

                Answer with:
                - A table: company | weight %% | events in the period | promoter holding and change | flags | \
                health (good / watch / concern).
                - Health rules: "concern" if promoter holding fell by more than 1 percentage point, or an EGM was \
                called for a purpose that dilutes shareholders; "watch" for any other flag; otherwise "good".
                - A portfolio verdict: the share of the portfolio's value in good, watch and concern companies.
                - What the data cannot show (e.g. Upstox publishes no pledge data) and the data's date (as_of).
                """.formatted(months, months);
    }

    @Prompt(name = "investment_model_review", title = "Investment model review", description = """
            Runs explicit factor models of well-known fund managers and index providers (quality, value, \
            momentum, low volatility, concentration limits) on my portfolio and shows which holdings pass each \
            rule, with the numbers.""")
    public String investmentModelReview(
            @PromptArg(description = "Models to run, comma-separated: quality, value, momentum, low_volatility, "
                    + "concentration; all when left empty") Optional<String> models) {
        Set<Model> chosen = models(models);
        String rules = chosen.stream().map(model -> "- " + model.rule).collect(Collectors.joining("\n"));
        return """
                Run these investment models on my portfolio, exactly as stated, and show the results:
                %s

                Use the upstox-mcp tools, and only their numbers: get_portfolio_breakdown for the holdings and \
                weights, get_fundamentals (key_ratios, income_statement) for each company, \
                get_technical_indicators for each holding and for NIFTY 50, get_portfolio_beta (chart false) for \
                the holdings' betas, and get_diversification for the concentration figures. ETFs, gold bonds and \
                funds are not scored on company rules: mark them "n/a".

                Answer with:
                - A table: holding | weight %% | one column per model with pass / fail / n/a and the deciding \
                numbers (e.g. "ROE 21 %%, ROCE 18 %%: pass").
                - Per model: the share of the portfolio's value that passes, and the holdings that fail.
                - Which holdings pass the most models and which pass none, and what the model results suggest, \
                with the numbers.
                - Any figure the data lacks (say which), the data's date (as_of), and that this applies published-\
                style rules mechanically and is not investment advice.
                """.formatted(rules);
    }

    @Prompt(name = "portfolio_beta_chart", title = "Portfolio beta chart", description = """
            Finds the beta and correlation of my portfolio to an index (NIFTY 50 by default) over N years and \
            shows it on charts with week-on-week and quarter-on-quarter returns and a rolling beta.""")
    public String portfolioBetaChart(
            @PromptArg(description = "Index to compare with, e.g. NIFTY 50, NIFTY BANK, SENSEX; NIFTY 50 when left "
                    + "empty") Optional<String> benchmark,
            @PromptArg(description = "Years of history, 1-10; 3 when left empty") Optional<String> years) {
        String index = benchmark.orElse("NIFTY 50");
        int span = wholeNumber(years, "years", 3, 1, MAX_YEARS);
        return """
                Find the correlation (beta) of my portfolio to %s over the last %d years and show it on a chart \
                with week-on-week and quarter-on-quarter timeframes.

                Call get_portfolio_beta with benchmark "%s", years %d and chart true. Then:
                - Show the charts it returns (weekly returns with the rolling beta, and quarterly returns).
                - A table: timeframe (daily, weekly, quarterly) | beta | correlation | R² | annualised alpha | \
                observations.
                - Explain in plain words what the beta means for my portfolio (e.g. "when %s moves 1 %%, the \
                portfolio moved about 0.9 %% on average"), how stable the rolling beta was, and which holdings \
                raise or lower it most (per-holding betas and weights).
                - State the method the tool reports (weights from current holdings, daily closes, how dates are \
                aligned) and the data's date (as_of).
                """.formatted(index, span, index, span, index);
    }

    private static int wholeNumber(Optional<String> given, String name, int otherwise, int min, int max) {
        if (given.isEmpty()) return otherwise;
        try {
            int value = Integer.parseInt(given.get());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException notANumber) {
            // falls through to the same advice as a number out of range
        }
        throw new ToolCallException(name + " must be a whole number from " + min + " to " + max + ", got "
                + ToolCallException.echo(given.get()) + ".");
    }

    private static Set<Model> models(Optional<String> given) {
        if (given.isEmpty()) return new LinkedHashSet<>(List.of(Model.values()));
        Set<Model> chosen = new LinkedHashSet<>();
        for (String name : given.get().split(",")) {
            String wanted = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (wanted.isEmpty()) continue;
            chosen.add(Arrays.stream(Model.values()).filter(model -> model.wireName().equals(wanted)).findFirst()
                    .orElseThrow(() -> new ToolCallException("models: unknown model \"" + name.strip()
                            + "\"; choose from " + Arrays.stream(Model.values()).map(Model::wireName)
                            .collect(Collectors.joining(", ")) + ".")));
        }
        if (chosen.isEmpty()) return new LinkedHashSet<>(List.of(Model.values()));
        return chosen;
    }
}
