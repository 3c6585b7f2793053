package io.onewindow.hotline.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 知识库 search for agents on a call. Chinese has no spaces, so questions and answers are compared by the
 * character pairs (bigrams) they share with the query; the question counts double.
 */
@Service
public class KnowledgeBase {

    public record Entry(int id, String categoryCode, String question, String answer) {
    }

    private final JdbcClient jdbc;

    KnowledgeBase(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> search(String query, int limit) {
        Set<String> terms = Text.bigrams(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Entry> all = jdbc.sql("select id, category_code, question, answer from hotline_kb")
                .query((rs, n) -> new Entry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        record Scored(Entry entry, int score) {
        }
        return all.stream().map(e -> new Scored(e, 2 * overlap(terms, e.question()) + overlap(terms, e.answer())))
                .filter(s -> s.score() >= 2).sorted(Comparator.comparingInt(Scored::score).reversed())
                .limit(limit).map(Scored::entry).toList();
    }

    private static int overlap(Set<String> terms, String text) {
        Set<String> own = new HashSet<>(Text.bigrams(text));
        own.retainAll(terms);
        return own.size();
    }
}
