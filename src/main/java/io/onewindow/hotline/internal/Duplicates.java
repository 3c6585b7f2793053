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

    private record Candidate(WorkOrder order, boolean sameCaller) {
    }

    private final JdbcClient jdbc;

    Duplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WorkOrder> of(UUID orderId) {
        WorkOrder me = jdbc.sql("select * from hotline_order where id = ?").param(orderId).query(WorkOrderRepository::map).single();
        // same_caller compares the phone HMACs in the database; no number is decrypted
        return jdbc.sql("""
                select o.*, (o.caller_phone_hash is not null and o.caller_phone_hash = me.caller_phone_hash) as same_caller
                from hotline_order o, hotline_order me
                where me.id = ? and o.id <> me.id and o.status <> 'CLOSED' and o.created_at > now() - interval '30 days'
                  and ((o.category_code = me.category_code and o.region_id = me.region_id)
                       or o.caller_phone_hash = me.caller_phone_hash)
                order by o.created_at desc limit 200""")
                .param(orderId).query((rs, n) -> new Candidate(WorkOrderRepository.map(rs, n), rs.getBoolean("same_caller"))).list()
                .stream().filter(c -> c.sameCaller() || Text.similarity(c.order().address(), me.address()) >= THRESHOLD
                        || Text.similarity(c.order().content(), me.content()) >= THRESHOLD)
                .map(Candidate::order).toList();
    }
}
