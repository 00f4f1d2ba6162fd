package dev.upstoxmcp.upstox.instruments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
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
    /** Up to this many candidates, other query words are checked on each rather than through the index. */
    private static final int CHECK_DIRECTLY = 2_000;
    /** Best first: score, then the nearest expiry (cash instruments first), then symbol. */
    private static final Comparator<Match> RANKING = Comparator.comparingInt(Match::score).reversed()
            .thenComparing(match -> match.instrument().expiry(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(match -> match.instrument().symbol());

    private final List<Instrument> instruments;
    private final Instant loadedAt;
    private final Map<String, Instrument> byKey = new HashMap<>();
    private final Map<String, List<Instrument>> byIsin = new HashMap<>();
    private final NavigableMap<String, List<Integer>> byWord = new TreeMap<>();
    /** Sorted, so that the symbols starting with a prefix are one sub-map (completion as the user types). */
    private final NavigableMap<String, List<Instrument>> cashSymbols = new TreeMap<>();
    private final List<Instrument> indices = new ArrayList<>();
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
            if (instrument.isIndex()) indices.add(instrument);
            if (!instrument.isDerivative()) {
                cashSymbols.computeIfAbsent(normal(instrument.symbol()), symbol -> new ArrayList<>()).add(instrument);
                cashNamesWithoutSpaces.computeIfAbsent(withoutSpaces(instrument.name()), name -> new ArrayList<>())
                        .add(instrument);
            }
            for (String word : wordsOf(instrument)) byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
        }
    }

    public int size() {
        return instruments.size();
    }

    /** Every instrument, in the file's order. */
    public List<Instrument> instruments() {
        return instruments;
    }

    /** The indices, in the file's order. */
    public List<Instrument> indices() {
        return Collections.unmodifiableList(indices);
    }

    /** The instruments that are not derivatives whose symbol starts with {@code prefix} (any case), by symbol. */
    public List<Instrument> cashWithSymbolStartingWith(String prefix) {
        return startingWith(cashSymbols, normal(prefix)).values().stream().flatMap(List::stream).toList();
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
        // Instruments are unique objects here: identity keys spare hashing every field of the record.
        Map<Instrument, Integer> scores = new IdentityHashMap<>();
        Instrument exactKey = byKey.get(query.text().strip());
        if (exactKey != null) scores.put(exactKey, 1000);
        byIsin.getOrDefault(text, List.of()).forEach(instrument -> scores.merge(instrument, 900, Math::max));
        cashSymbols.getOrDefault(text, List.of()).forEach(instrument -> scores.merge(instrument, 800, Math::max));
        CompactSymbols.parse(text).ifPresent(contract -> compactMatches(contract, scores));
        cashNamesWithoutSpaces.getOrDefault(withoutSpaces(text), List.of())
                .forEach(instrument -> scores.merge(instrument, 750, Math::max));
        wordMatches(text, scores);
        if (scores.isEmpty() && text.length() >= 3) typoMatches(text, scores);
        boolean derivatives = query.wantsDerivatives();
        // The best `limit` of possibly tens of thousands of hits ("NIFTY"): a bounded heap, worst on top.
        PriorityQueue<Match> best = new PriorityQueue<>(limit + 1, RANKING.reversed());
        scores.forEach((instrument, score) -> {
            if (!query.accepts(instrument)) return;
            best.add(new Match(instrument, score + bonus(instrument, derivatives)));
            if (best.size() > limit) best.poll();
        });
        List<Match> ranked = new ArrayList<>(best);
        ranked.sort(RANKING);
        return ranked;
    }

    /**
     * Every query word must start a word of the instrument; exact words score more than prefixes. Candidates come
     * from the index entries of the rarest query word; the other words are checked on those candidates only, so a
     * common word ("NIFTY": tens of thousands of contracts) costs nothing when a rarer one narrows the search.
     */
    private void wordMatches(String text, Map<Instrument, Integer> scores) {
        List<String> queryWords = words(text);
        if (queryWords.isEmpty()) return;
        int rarest = 0;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < queryWords.size(); i++) {
            long postings = postings(queryWords.get(i));
            if (postings < fewest) {
                fewest = postings;
                rarest = i;
            }
        }
        if (fewest == 0) return;
        String rare = queryWords.get(rarest);
        Map<Integer, Integer> candidates = new HashMap<>();
        for (Map.Entry<String, List<Integer>> entry : withPrefix(rare).entrySet()) {
            int points = entry.getKey().equals(rare) ? 3 : 1;
            for (int index : entry.getValue()) candidates.merge(index, points, Math::max);
        }
        List<String> others = new ArrayList<>(queryWords);
        others.remove(rarest);
        if (candidates.size() <= CHECK_DIRECTLY) {
            candidates.replaceAll((index, points) -> points + otherPoints(instruments.get(index), others));
        } else {
            for (String word : others) candidates = narrow(candidates, word);
        }
        int best = queryWords.size() * 3;
        candidates.forEach((index, points) -> {
            if (points > 0) scores.merge(instruments.get(index), 400 + 200 * points / best, Math::max);
        });
    }

    /** Points of the other query words on one instrument; a word it lacks rules it out (minus infinity). */
    private static int otherPoints(Instrument instrument, List<String> others) {
        int points = 0;
        for (String word : others) {
            int wordPoints = Math.max(points(word, instrument.symbol()), Math.max(points(word, instrument.name()),
                    points(word, instrument.shortName())));
            if (wordPoints == 0) return -1_000_000;
            points += wordPoints;
        }
        return points;
    }

    /**
     * 3 when {@code text} has the word, 1 when a word of it starts with it (numbers match only whole), else 0.
     * Scans in place: this runs for every candidate of a search.
     */
    static int points(String word, String text) {
        if (text == null) return 0;
        int best = 0;
        for (int start = 0; start < text.length(); start++) {
            if (!isWordChar(text.charAt(start)) || start > 0 && isWordChar(text.charAt(start - 1))) continue;
            if (!text.regionMatches(true, start, word, 0, word.length())) continue;
            int end = start + word.length();
            if (end == text.length() || !isWordChar(text.charAt(end))) return 3;
            if (!isNumber(word)) best = 1;
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '&' || c == '.';
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    /** Candidates that also have {@code word}, by the index: cheaper than checking very many one by one. */
    private Map<Integer, Integer> narrow(Map<Integer, Integer> candidates, String word) {
        Map<Integer, Integer> both = new HashMap<>();
        for (Map.Entry<String, List<Integer>> entry : withPrefix(word).entrySet()) {
            int points = entry.getKey().equals(word) ? 3 : 1;
            for (int index : entry.getValue()) {
                Integer before = candidates.get(index);
                if (before != null) both.merge(index, before + points, Math::max);
            }
        }
        return both;
    }

    /**
     * The contract a compact symbol names, among the underlying's derivatives; without a day (the monthly form) the
     * month's last expiry.
     */
    private void compactMatches(CompactSymbols.Contract contract, Map<Instrument, Integer> scores) {
        List<Instrument> named = new ArrayList<>();
        for (int index : byWord.getOrDefault(contract.underlying(), List.of())) {
            Instrument instrument = instruments.get(index);
            if (contract.matches(instrument)) named.add(instrument);
        }
        LocalDate last = named.stream().map(Instrument::expiry).max(Comparator.naturalOrder()).orElse(null);
        named.stream().filter(instrument -> contract.day() != null || instrument.expiry().equals(last))
                .forEach(instrument -> scores.merge(instrument, 800, Math::max));
    }

    /** Index entries of words starting with {@code prefix}; a number matches only itself (26000 is not 2600). */
    private NavigableMap<String, List<Integer>> withPrefix(String prefix) {
        if (isNumber(prefix)) return byWord.subMap(prefix, true, prefix, true);
        return startingWith(byWord, prefix);
    }

    private static <V> NavigableMap<String, V> startingWith(NavigableMap<String, V> sorted, String prefix) {
        return sorted.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    private long postings(String prefix) {
        long count = 0;
        for (List<Integer> indexes : withPrefix(prefix).values()) count += indexes.size();
        return count;
    }

    /** 3 when the instrument has the word, 1 when a word of it starts with it, else 0. */
    private static int points(String word, Set<String> own) {
        if (own.contains(word)) return 3;
        for (String candidate : own) {
            if (candidate.startsWith(word)) return 1;
        }
        return 0;
    }

    private static Set<String> wordsOf(Instrument instrument) {
        Set<String> words = new HashSet<>(words(instrument.symbol()));
        words.addAll(words(instrument.name()));
        if (instrument.shortName() != null) words.addAll(words(instrument.shortName()));
        return words;
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
