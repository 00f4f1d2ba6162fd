package dev.upstoxmcp.tools.prompts;

import static dev.upstoxmcp.upstox.UpstoxGroup.PORTFOLIO;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import dev.upstoxmcp.mcp.Complete;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.upstox.PortfolioApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.dto.Holding;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Completion of the {@link ReviewPrompts} arguments as the user types: the account's holdings and then the
 * exchange's equity symbols, index names, the models, and the whole numbers each range allows.
 */
@ApplicationScoped
public class ReviewPromptCompletions {

    @Inject
    @RestClient
    PortfolioApi portfolio;

    @Inject
    UpstoxGateway upstox;

    @Inject
    InstrumentCatalog instruments;

    /** Holdings whose symbol starts with the text first (they are what the prompt is about), then NSE/BSE shares. */
    @Complete(prompt = "hold_or_sell_review", argument = "instrument")
    public List<String> holdingOrEquity(String typed) {
        String prefix = normal(typed);
        Set<String> values = new LinkedHashSet<>();
        heldSymbols().stream().filter(symbol -> normal(symbol).startsWith(prefix)).sorted().forEach(values::add);
        if (prefix.isEmpty()) return List.copyOf(values);
        instruments.master().cashWithSymbolStartingWith(prefix).stream()
                .filter(Instrument::isEquity)
                .map(Instrument::symbol).sorted(Comparator.comparingInt(String::length)
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(values::add);
        return List.copyOf(values);
    }

    @Complete(prompt = "portfolio_beta_chart", argument = "benchmark")
    public List<String> indexName(String typed) {
        String prefix = normal(typed);
        return instruments.master().indices().stream()
                .filter(index -> normal(index.name()).startsWith(prefix))
                .map(Instrument::name).distinct().sorted().toList();
    }

    @Complete(prompt = "portfolio_beta_chart", argument = "years")
    public List<String> years(String typed) {
        return wholeNumbers(typed, 1, ReviewPrompts.MAX_YEARS);
    }

    @Complete(prompt = "governance_review", argument = "lookback_months")
    public List<String> lookbackMonths(String typed) {
        return wholeNumbers(typed, 1, ReviewPrompts.MAX_LOOKBACK_MONTHS);
    }

    /** The models not yet chosen whose name starts with the last comma-separated part, after the parts before it. */
    @Complete(prompt = "investment_model_review", argument = "models")
    public List<String> models(String typed) {
        int comma = typed.lastIndexOf(',');
        String chosen = comma < 0 ? "" : typed.substring(0, comma + 1).strip();
        String last = typed.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
        List<String> taken = Arrays.stream(chosen.split(",")).map(String::strip).toList();
        return Arrays.stream(ReviewPrompts.Model.values()).map(ReviewPrompts.Model::wireName)
                .filter(name -> name.startsWith(last) && !taken.contains(name))
                .map(name -> chosen.isEmpty() ? name : chosen + name).toList();
    }

    static List<String> wholeNumbers(String typed, int min, int max) {
        String prefix = typed.strip();
        return IntStream.rangeClosed(min, max).mapToObj(Integer::toString)
                .filter(number -> number.startsWith(prefix)).toList();
    }

    /** The held symbols; none when the account cannot be read now (no login yet, Upstox down). */
    private List<String> heldSymbols() {
        try {
            return upstox.fetch(PORTFOLIO, portfolio::longTermHoldings).stream().map(Holding::symbol)
                    .filter(Objects::nonNull).distinct().toList();
        } catch (ToolCallException unavailable) {
            return List.of();
        }
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
