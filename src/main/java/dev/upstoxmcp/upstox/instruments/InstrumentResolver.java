package dev.upstoxmcp.upstox.instruments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.ToolCallException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns what a user typed ("RELIANCE", "HDFC Bank", "Nifty 50", an ISIN or an instrument key) into one instrument.
 * The NSE listing wins over the BSE listing of the same security; anything still ambiguous or unknown is answered
 * with the candidates, so the model can ask the user or pick one.
 */
@ApplicationScoped
public class InstrumentResolver {

    private static final Pattern KEY = Pattern.compile("[A-Z_]+\\|.+");
    private static final int CONFIDENT = 800;
    private static final int CLEAR_LEAD = 40;
    private static final int SUGGESTIONS = 5;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    UpstoxInstrumentSearch upstoxSearch;

    public InstrumentResolver() {}

    /** For tests: a resolver over a fixed catalog. */
    public InstrumentResolver(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    /** The one instrument {@code text} means, or a {@link ToolCallException} naming the candidates. */
    public Instrument resolve(String text) {
        return resolve(text, null);
    }

    /** As {@link #resolve(String)}, within a kind of instrument (e.g. only indices). */
    public Instrument resolve(String text, String segment) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) throw new ToolCallException("Name an instrument: a symbol such as RELIANCE, a name such "
                + "as \"HDFC Bank\", an index such as \"Nifty 50\", an ISIN or an instrument key.");
        InstrumentMaster master;
        try {
            master = catalog.master();
        } catch (ToolCallException unavailable) {
            return exactlyNamedByUpstox(input, segment, unavailable);
        }
        if (KEY.matcher(input).matches()) {
            return master.byKey(input).orElseThrow(() -> new ToolCallException("Unknown instrument key "
                    + ToolCallException.echo(input) + ". Use search_instruments to find the key, or give the symbol "
                    + "instead."));
        }
        List<InstrumentMaster.Match> matches = onePerSecurity(master.search(
                new InstrumentQuery(input, null, segment, null, null), 20));
        if (matches.isEmpty()) {
            throw new ToolCallException("No instrument matches " + ToolCallException.echo(input)
                    + ". Check the spelling, or use "
                    + "search_instruments to look it up.");
        }
        InstrumentMaster.Match best = matches.get(0);
        boolean clear = matches.size() == 1 || best.score() >= CONFIDENT
                || best.score() - matches.get(1).score() >= CLEAR_LEAD;
        if (clear && best.score() >= 500) return best.instrument();
        String candidates = matches.stream().limit(SUGGESTIONS).map(match -> match.instrument().label())
                .collect(Collectors.joining("; "));
        if (best.score() < 500) {
            throw new ToolCallException("No instrument is called " + ToolCallException.echo(input)
                    + ". Did you mean: " + candidates
                    + "?");
        }
        throw new ToolCallException(ToolCallException.echo(input) + " could mean several instruments: " + candidates
                + ". Say "
                + "which one, by its symbol or instrument key.");
    }

    /**
     * The instrument of a key Upstox itself gave (a holding's, a position's), or empty when the instrument list does
     * not know it or cannot be had; for answers that go on without it.
     */
    public Optional<Instrument> known(String key) {
        if (key == null || key.isBlank()) return Optional.empty();
        try {
            return Optional.of(resolve(key));
        } catch (ToolCallException unknown) {
            return Optional.empty();
        }
    }

    /**
     * Every instrument of {@code texts}, in order, each once. When any cannot be resolved the whole call fails with one
     * message per problem, so the user fixes them all at once.
     */
    public List<Instrument> resolveAll(List<String> texts) {
        Map<String, Instrument> resolved = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String text : texts) {
            try {
                Instrument instrument = resolve(text);
                resolved.putIfAbsent(instrument.key(), instrument);
            } catch (ToolCallException unresolved) {
                problems.add(unresolved.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ToolCallException((problems.size() == 1 ? "" : problems.size() + " of the " + texts.size()
                    + " instruments need fixing. ") + String.join(" ", problems) + " Nothing was fetched.");
        }
        return new ArrayList<>(resolved.values());
    }

    /**
     * Without the master, Upstox's search may still name the instrument exactly (its symbol, ISIN or key; the NSE
     * listing first). Anything less certain gets the master's unavailability explained.
     */
    private Instrument exactlyNamedByUpstox(String input, String segment, ToolCallException unavailable) {
        if (upstoxSearch == null) throw unavailable;
        List<Instrument> found;
        try {
            found = upstoxSearch.search(new InstrumentQuery(input, null, segment, null, null), 10);
        } catch (RuntimeException searchFailed) {
            throw unavailable;
        }
        return found.stream()
                .filter(instrument -> instrument.symbol().equalsIgnoreCase(input) || input.equalsIgnoreCase(
                        instrument.isin()) || instrument.key().equals(input))
                .min(Comparator.comparing(instrument -> !"NSE".equals(instrument.exchange())))
                .orElseThrow(() -> unavailable);
    }

    /** The NSE and BSE listings of one ISIN count as one candidate: the better-ranked one. */
    private static List<InstrumentMaster.Match> onePerSecurity(List<InstrumentMaster.Match> matches) {
        Map<String, InstrumentMaster.Match> best = new LinkedHashMap<>();
        for (InstrumentMaster.Match match : matches) {
            Instrument instrument = match.instrument();
            String identity = instrument.isin() != null && !instrument.isin().isEmpty() && !instrument.isDerivative()
                    ? instrument.isin() : instrument.key();
            best.putIfAbsent(identity, match);
        }
        return new ArrayList<>(best.values());
    }
}
