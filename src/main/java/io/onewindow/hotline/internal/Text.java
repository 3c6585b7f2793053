package io.onewindow.hotline.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/** Character-pair (bigram) sets of Chinese text, ignoring punctuation and spaces. */
final class Text {

    private Text() {
    }

    static Set<String> bigrams(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String clean = text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s，。？！、；：“”（）]", "");
        for (int i = 0; i + 1 < clean.length(); i++) {
            out.add(clean.substring(i, i + 2));
        }
        return out;
    }

    /** Jaccard similarity of two texts' bigram sets, 0..1. */
    static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new LinkedHashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }
}
