package io.onewindow.hotline.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Possible duplicates of an order: other open orders of the last 30 days from the same caller, or of the same
 * category in the same region about a similar place or matter (bigram similarity of address or content ≥ 0.4).
 */
@Service
public class Duplicates {

    static final double THRESHOLD = 0.4;

    private final JdbcClient jdbc;

    Duplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WorkOrder> of(UUID orderId) {
        var me = jdbc.sql("select * from hotline_order where id = ?").param(orderId).query(WorkOrders::map).single();
        String phoneHash = jdbc.sql("select caller_phone_hash from hotline_order where id = ?").param(orderId)
                .query(String.class).optional().orElse(null);
        List<WorkOrder> candidates = jdbc.sql("""
                select * from hotline_order
                where id <> ? and status <> 'CLOSED' and created_at > now() - interval '30 days'
                  and ((category_code = ? and region_id = ?) or (caller_phone_hash is not null and caller_phone_hash = ?))
                order by created_at desc limit 200""")
                .params(orderId, me.categoryCode(), me.regionId(), phoneHash).query(WorkOrders::map).list();
        String sameCallerIds = phoneHash == null ? "" : String.join(",", jdbc.sql(
                "select id::text from hotline_order where caller_phone_hash = ? and id <> ?").params(phoneHash, orderId)
                .query(String.class).list());
        return candidates.stream().filter(o -> sameCallerIds.contains(o.id().toString())
                || Text.similarity(o.address(), me.address()) >= THRESHOLD
                || Text.similarity(o.content(), me.content()) >= THRESHOLD).toList();
    }
}
