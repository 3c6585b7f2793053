package io.onewindow.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.core.io.ClassPathResource;

/**
 * Words as people say them (群众常用语): Chinese word segmentation of a sentence ("我想开个饭店" → 开, 饭店), minus
 * words that mean nothing for finding an item, each word widened to the everyday words of its group
 * (catalog/everyday-words.txt). Immutable and thread-safe; one instance serves every search.
 */
final class EverydayWords {

    private static final EverydayWords DEFAULT = new EverydayWords(read("catalog/everyday-words.txt"),
            read("catalog/search-stopwords.txt"));

    private final Analyzer analyzer = new SmartChineseAnalyzer(true);
    private final Map<String, Set<String>> groups = new HashMap<>();
    private final Set<String> stopwords = new HashSet<>();
    private int longestGroupWord;

    EverydayWords(List<String> groupLines, List<String> stopwordLines) {
        for (String line : groupLines) {
            Set<String> group = Set.of(line.toLowerCase(Locale.ROOT).split("\\s+"));
            for (String word : group) {
                groups.computeIfAbsent(word, k -> new HashSet<>()).addAll(group);
                longestGroupWord = Math.max(longestGroupWord, word.length());
            }
        }
        for (String line : stopwordLines) {
            stopwords.addAll(List.of(line.split("\\s+")));
        }
    }

    static EverydayWords standard() {
        return DEFAULT;
    }

    /**
     * The meaningful words of a text, in order. Everyday words are recognised first (longest first, as a user
     * dictionary), since the segmenter splits words it does not know ("卖东西" → 卖, 东西); the rest is segmented.
     */
    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder rest = new StringBuilder();
        int i = 0;
        while (i < lower.length()) {
            String known = knownWordAt(lower, i);
            if (known == null) {
                rest.append(lower.charAt(i++));
                continue;
            }
            addSegmented(rest, terms);
            terms.add(known);
            i += known.length();
        }
        addSegmented(rest, terms);
        return terms;
    }

    private String knownWordAt(String text, int at) {
        for (int length = Math.min(longestGroupWord, text.length() - at); length >= 2; length--) {
            String candidate = text.substring(at, at + length);
            if (groups.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private void addSegmented(StringBuilder rest, List<String> terms) {
        for (String word : segment(rest.toString())) {
            if (!stopwords.contains(word)) {
                terms.add(word);
            }
        }
        rest.setLength(0);
    }

    /** A word and the everyday words of its group. */
    Set<String> widen(String term) {
        Set<String> group = groups.get(term);
        return group == null ? Set.of(term) : group;
    }

    private List<String> segment(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static List<String> read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("读取检索词表失败：" + path, e);
        }
    }
}
