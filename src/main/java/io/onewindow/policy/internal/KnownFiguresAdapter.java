package io.onewindow.policy.internal;

import io.onewindow.casework.KnownFigures;
import io.onewindow.policy.Fact;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers casework's 智能预填 from the departments' figures in the fact base, with their source and date. */
@Component
class KnownFiguresAdapter implements KnownFigures {

    private final JdbcClient jdbc;

    KnownFiguresAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Figure> of(UUID enterpriseId, String factName) {
        Optional<Fact> fact = Fact.byName(factName);
        if (fact.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select value, source, as_of from policy_fact where enterprise_id = ? and fact = ?")
                .params(enterpriseId, fact.get().name())
                .query((rs, n) -> new Figure(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class))).optional();
    }
}
