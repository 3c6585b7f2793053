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
    private final io.onewindow.audit.AuditLog auditLog;

    KnowledgeBase(JdbcClient jdbc, io.onewindow.audit.AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** Adds or (with an id) changes an answer; the centre keeps the knowledge base. */
    @org.springframework.transaction.annotation.Transactional
    public int save(Integer id, String categoryCode, String question, String answer) {
        io.onewindow.identity.CurrentUsers.current().filter(u -> u.has(io.onewindow.identity.Role.HOTLINE_AGENT))
                .orElseThrow(() -> new io.onewindow.platform.OneWindowException(
                        io.onewindow.hotline.HotlineErrorCode.HOTLINE_NOT_ALLOWED, "只有热线坐席可以维护知识库"));
        var code = io.onewindow.hotline.HotlineErrorCode.HOTLINE_INVALID_INPUT;
        String q = io.onewindow.platform.Inputs.required(question, "问题", 200, code);
        String a = io.onewindow.platform.Inputs.required(answer, "答复", 2000, code);
        String category = categoryCode == null || categoryCode.isBlank() ? null : jdbc.sql(
                "select code from hotline_category where code = ?").param(categoryCode).query(String.class).optional()
                .orElseThrow(() -> new io.onewindow.platform.OneWindowException(code, "诉求分类不存在"));
        int saved;
        if (id == null) {
            saved = jdbc.sql("insert into hotline_kb (category_code, question, answer) values (?, ?, ?) returning id")
                    .params(category, q, a).query(Integer.class).single();
        } else {
            int changed = jdbc.sql("update hotline_kb set category_code = ?, question = ?, answer = ?, updated_at = now() where id = ?")
                    .params(category, q, a, id).update();
            if (changed == 0) {
                throw new io.onewindow.platform.OneWindowException(io.onewindow.hotline.HotlineErrorCode.HOTLINE_NOT_FOUND, "知识条目不存在");
            }
            saved = id;
        }
        auditLog.record("KB_SAVED", "hotline.kb", String.valueOf(saved), null, java.util.Map.of("question", q));
        return saved;
    }

    public List<Entry> all() {
        return jdbc.sql("select id, category_code, question, answer from hotline_kb order by category_code nulls last, id")
                .query((rs, n) -> new Entry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
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
