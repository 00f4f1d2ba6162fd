package dev.upstoxmcp.upstox.instruments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * An immutable snapshot of Upstox's instrument master with the indexes searches need: by key, by ISIN, and by the
 * words of symbols and names (sorted, for prefix look-ups). Ranking, best first: the exact key or ISIN; an exact
 * symbol; a name written without its spaces ({@code nifty50}); every query word starting a word of the symbol or
 * name (all of them exact scores higher); the symbol within one or two typos. Cash market and indices come before derivatives unless the query asks for futures or
 * options, and NSE before BSE.
 */
public final class InstrumentMaster {

    /** A search result and how well it matched (higher is better). */
    public record Match(Instrument instrument, int score) {}

    private static final Pattern WORDS = Pattern.compile("[^A-Z0-9&.]+");
    private static final LevenshteinDistance TWO_TYPOS = new LevenshteinDistance(2);

    private final List<Instrument> instruments;
    private final Instant loadedAt;
    private final Map<String, Instrument> byKey = new HashMap<>();
    private final Map<String, List<Instrument>> byIsin = new HashMap<>();
    private final NavigableMap<String, List<Integer>> byWord = new TreeMap<>();
    private final Map<String, List<Instrument>> cashSymbols = new HashMap<>();
    private final Map<String, List<Instrument>> cashNamesWithoutSpaces = new HashMap<>();

    public InstrumentMaster(Collection<Instrument> instruments, Instant loadedAt) {
        this.instruments = List.copyOf(instruments);
        this.loadedAt = loadedAt;
        for (int i = 0; i < this.instruments.size(); i++) {
            Instrument instrument = this.instruments.get(i);
            byKey.put(instrument.key(), instrument);
            if (instrument.isin() != null && !instrument.isin().isEmpty()) {
                byIsin.computeIfAbsent(instrument.isin(), isin -> new ArrayList<>()).add(instrument);
            }
            if (!instrument.isDerivative()) {
                cashSymbols.computeIfAbsent(normal(instrument.symbol()), symbol -> new ArrayList<>()).add(instrument);
                cashNamesWithoutSpaces.computeIfAbsent(withoutSpaces(instrument.name()), name -> new ArrayList<>())
                        .add(instrument);
            }
            Set<String> words = new HashSet<>(words(instrument.symbol()));
            words.addAll(words(instrument.name()));
            if (instrument.shortName() != null) words.addAll(words(instrument.shortName()));
            for (String word : words) byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
        }
    }

    public int size() {
        return instruments.size();
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public Optional<Instrument> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The best matches for the query, at most {@code limit}. */
    public List<Match> search(InstrumentQuery query, int limit) {
        String text = normal(query.text());
        Map<Instrument, Integer> scores = new HashMap<>();
        Instrument exactKey = byKey.get(query.text().strip());
        if (exactKey != null) scores.put(exactKey, 1000);
        byIsin.getOrDefault(text, List.of()).forEach(instrument -> scores.merge(instrument, 900, Math::max));
        cashSymbols.getOrDefault(text, List.of()).forEach(instrument -> scores.merge(instrument, 800, Math::max));
        cashNamesWithoutSpaces.getOrDefault(withoutSpaces(text), List.of())
                .forEach(instrument -> scores.merge(instrument, 750, Math::max));
        wordMatches(text, scores);
        if (scores.isEmpty() && text.length() >= 3) typoMatches(text, scores);
        boolean derivatives = query.wantsDerivatives();
        return scores.entrySet().stream()
                .filter(entry -> query.accepts(entry.getKey()))
                .map(entry -> new Match(entry.getKey(), entry.getValue() + bonus(entry.getKey(), derivatives)))
                .sorted(Comparator.comparingInt(Match::score).reversed()
                        .thenComparing(match -> match.instrument().expiry(),
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(match -> match.instrument().symbol()))
                .limit(limit)
                .toList();
    }

    /** Every query word must start a word of the instrument; exact words score more than prefixes. */
    private void wordMatches(String text, Map<Instrument, Integer> scores) {
        List<String> queryWords = words(text);
        if (queryWords.isEmpty()) return;
        Map<Integer, Integer> candidates = null;
        for (String word : queryWords) {
            Map<Integer, Integer> hits = new HashMap<>();
            for (Map.Entry<String, List<Integer>> entry
                    : byWord.subMap(word, true, word + Character.MAX_VALUE, false).entrySet()) {
                int points = entry.getKey().equals(word) ? 3 : 1;
                for (int index : entry.getValue()) hits.merge(index, points, Math::max);
            }
            if (candidates == null) {
                candidates = hits;
            } else {
                Map<Integer, Integer> both = new HashMap<>();
                for (Map.Entry<Integer, Integer> hit : hits.entrySet()) {
                    Integer before = candidates.get(hit.getKey());
                    if (before != null) both.put(hit.getKey(), before + hit.getValue());
                }
                candidates = both;
            }
            if (candidates.isEmpty()) return;
        }
        int best = queryWords.size() * 3;
        candidates.forEach((index, points) -> scores.merge(instruments.get(index), 400 + 200 * points / best,
                Math::max));
    }

    private void typoMatches(String text, Map<Instrument, Integer> scores) {
        for (Map.Entry<String, List<Instrument>> entry : cashSymbols.entrySet()) {
            int distance = TWO_TYPOS.apply(text, entry.getKey());
            if (distance >= 0 && distance <= (text.length() >= 6 ? 2 : 1)) {
                entry.getValue().forEach(instrument -> scores.merge(instrument, 300 - 50 * distance, Math::max));
            }
        }
    }

    private static int bonus(Instrument instrument, boolean derivatives) {
        int bonus = 0;
        if (instrument.isDerivative() != derivatives) bonus -= 150;
        if (instrument.isIndex()) bonus += 15;
        if ("NSE".equals(instrument.exchange())) bonus += 10;
        if (instrument.isEquity() && "EQ".equals(instrument.type())) bonus += 5;
        return bonus;
    }

    static String normal(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static String withoutSpaces(String text) {
        return normal(text).replace(" ", "");
    }

    static List<String> words(String text) {
        if (text == null) return List.of();
        return WORDS.splitAsStream(text.toUpperCase(Locale.ROOT)).filter(word -> !word.isEmpty()).toList();
    }
}
