package io.onewindow.catalog.internal;

import io.onewindow.catalog.CatalogQuery;
import io.onewindow.catalog.ItemSummary;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.SearchPage;
import io.onewindow.catalog.ServiceGuide;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Chinese search over the published catalogue, in memory (the whole catalogue is a few thousand items).
 * An item matches by its name, its keywords (which carry common wording such as "开饭店"), its result, by the
 * words of a whole everyday sentence ("我想开个饭店", segmented and widened by {@link EverydayWords}) and by
 * character bigrams for partial wording; results are ranked by how strong the match is.
 */
final class CatalogSearch {

    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}，。、；：？！“”‘’（）《》【】]+");

    private record Entry(ItemSummary summary, String name, List<String> keywords, String other,
            List<String> lifeEvents, Set<String> terms, Set<String> nameTerms) {
    }

    private record Hit(Entry entry, int score) {
    }

    private final List<Entry> entries;
    private final EverydayWords words = EverydayWords.standard();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    /** Term → the entries (by position) whose words include it: a sentence is scored only against those. */
    private final Map<String, List<Integer>> postings = new HashMap<>();
    /** Character bigram → the entries (by position) that contain it: a text query looks only at entries sharing one. */
    private final Map<String, List<Integer>> bigramPostings = new HashMap<>();
    /** Entries whose name is shorter than a bigram: the only ones a query can match without sharing a bigram. */
    private final List<Integer> shortNames = new ArrayList<>();

    CatalogSearch(List<ItemVersion> published, Function<ItemVersion, ItemSummary> summarise) {
        List<Entry> list = new ArrayList<>();
        for (ItemVersion v : published) {
            ServiceGuide g = v.guide();
            List<String> keywords = g.keywords() == null ? List.of() : g.keywords().stream().map(CatalogSearch::normalise).toList();
            String other = normalise(nullToEmpty(g.result()) + nullToEmpty(g.resultLicenseType()));
            Set<String> bigrams = bigrams(normalise(g.name()) + "|" + String.join("|", keywords) + "|" + other);
            List<String> lifeEvents = g.lifeEvents() == null ? List.of() : g.lifeEvents();
            Set<String> nameTerms = widened(words.terms(g.name()));
            Set<String> terms = new HashSet<>(nameTerms);
            terms.addAll(widened(words.terms(String.join("，", keywords) + "，" + other + "，" + String.join("，", lifeEvents))));
            terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            int position = list.size();
            terms.forEach(t -> postings.computeIfAbsent(t, k -> new ArrayList<>()).add(position));
            bigrams.forEach(b -> bigramPostings.computeIfAbsent(b, k -> new ArrayList<>()).add(position));
            if (normalise(g.name()).codePointCount(0, normalise(g.name()).length()) < 2) {
                shortNames.add(position);
            }
            list.add(new Entry(summarise.apply(v), normalise(g.name()), keywords, other, lifeEvents, Set.copyOf(terms),
                    Set.copyOf(nameTerms)));
        }
        this.entries = List.copyOf(list);
    }

    private Set<String> widened(List<String> terms) {
        Set<String> all = new HashSet<>();
        terms.forEach(t -> all.addAll(words.widen(t)));
        return all;
    }

    SearchPage search(CatalogQuery q) {
        String text = normalise(q.text());
        Set<String> textBigrams = bigrams(text); // once per search, not once per item
        int[] sentence = sentenceScores(words.terms(q.text()).stream().distinct().map(words::widen).toList());
        List<Hit> hits = new ArrayList<>();
        if (textBigrams.isEmpty()) {
            for (int position = 0; position < entries.size(); position++) {
                addHit(hits, position, q, text, textBigrams, 0, sentence);
            }
        } else {
            // Every way a text of two or more characters can match (name, keyword, result, bigrams) shares a bigram
            // with the entry, so only entries found in the bigram postings (or by the sentence) are scored.
            int[] common = new int[entries.size()];
            java.util.BitSet candidates = new java.util.BitSet(entries.size());
            for (String b : textBigrams) {
                for (int position : bigramPostings.getOrDefault(b, List.of())) {
                    common[position]++;
                    candidates.set(position);
                }
            }
            shortNames.forEach(candidates::set);
            for (int position = 0; position < sentence.length; position++) {
                if (sentence[position] > 0) {
                    candidates.set(position);
                }
            }
            for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
                addHit(hits, p, q, text, textBigrams, common[p], sentence);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed().thenComparing(h -> h.entry().summary().code()));
        int from = Math.min(q.page() * q.size(), hits.size());
        int to = Math.min(from + q.size(), hits.size());
        return new SearchPage(hits.subList(from, to).stream().map(h -> h.entry().summary()).toList(), hits.size(),
                q.page(), q.size());
    }

    private void addHit(List<Hit> hits, int position, CatalogQuery q, String text, Set<String> textBigrams, int common,
            int[] sentence) {
        Entry e = entries.get(position);
        if (!matchesFilters(e, q)) {
            return;
        }
        int score = text.isEmpty() ? 1 : Math.max(score(e, text, textBigrams, common), sentence[position]);
        if (score > 0) {
            hits.add(new Hit(e, score));
        }
    }

    int size() {
        return entries.size();
    }

    private static boolean matchesFilters(Entry e, CatalogQuery q) {
        ItemSummary s = e.summary();
        return (q.audience() == null || s.audience() == q.audience())
                && (q.departmentId() == null || q.departmentId().equals(s.departmentId()))
                && (q.regionId() == null || q.regionId().equals(s.regionId()))
                && (q.flag() == null || s.flags().contains(q.flag()))
                && (q.lifeEvent() == null || e.lifeEvents().contains(q.lifeEvent()));
    }

    /** {@code common}: how many of the query's bigrams the entry contains (counted from the postings). */
    private static int score(Entry e, String q, Set<String> qb, int common) {
        if (e.name().equals(q)) {
            return 1000;
        }
        int score = 0;
        if (e.name().contains(q)) {
            score = Math.max(score, 600);
        } else if (q.contains(e.name())) {
            score = Math.max(score, 500);
        }
        for (String k : e.keywords()) {
            if (k.equals(q)) {
                score = Math.max(score, 450);
            } else if (k.length() >= 2 && (k.contains(q) && q.length() >= 2 || q.contains(k))) {
                score = Math.max(score, 300 + Math.min(k.length(), q.length()) * 10);
            }
        }
        if (q.length() >= 2 && e.other().contains(q)) {
            score = Math.max(score, 200);
        }
        if (score == 0 && !qb.isEmpty()) {
            if (common * 2 >= qb.size()) {
                score = (int) (100 * common / qb.size());
            }
        }
        return score;
    }

    /**
     * How much of an everyday sentence an item covers: the share of the sentence's words (each weighted by how rare
     * it is in the catalogue) found among the item's words, plus a little for words in the item's name. Below the
     * scores of a name or keyword match, so that precise wording still ranks first.
     */
    private int[] sentenceScores(List<Set<String>> sentence) {
        double[] matched = new double[entries.size()];
        int[] inName = new int[entries.size()];
        double total = 0;
        for (Set<String> word : sentence) {
            double weight = Math.log(1 + entries.size() / (1.0 + word.stream().mapToInt(w -> documentFrequency.getOrDefault(w, 0)).max().orElse(0)));
            total += weight;
            java.util.BitSet covered = new java.util.BitSet(entries.size());
            for (String w : word) {
                postings.getOrDefault(w, List.of()).forEach(covered::set);
            }
            for (int i = covered.nextSetBit(0); i >= 0; i = covered.nextSetBit(i + 1)) {
                matched[i] += weight;
                Set<String> name = entries.get(i).nameTerms();
                inName[i] += word.stream().anyMatch(name::contains) ? 1 : 0;
            }
        }
        int[] scores = new int[entries.size()];
        for (int i = 0; i < scores.length; i++) {
            if (matched[i] > 0 && matched[i] >= total * 0.4) {
                scores[i] = Math.min(290, 40 + (int) (200 * matched[i] / total) + 15 * inName[i]);
            }
        }
        return scores;
    }

    private static Set<String> bigrams(String s) {
        Set<String> result = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (cps[i] != '|' && cps[i + 1] != '|') {
                result.add(new String(cps, i, 2));
            }
        }
        return result;
    }

    static String normalise(String s) {
        return s == null ? "" : NOISE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
