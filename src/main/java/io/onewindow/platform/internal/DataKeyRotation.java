package io.onewindow.platform.internal;

import io.onewindow.platform.PersonalDataProtector;
import io.onewindow.platform.ProtectedColumn;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * 数据密钥轮换: every value in every declared {@link ProtectedColumn} that is not yet sealed under the current key is
 * opened (with the previous key) and sealed again under the current one. Rows are walked in key order, 500 to a
 * transaction, so a rotation that stops (crash, Ctrl-C) is simply run again: what is done is recognised and skipped.
 * Lookup hashes are not touched — the lookup key does not change.
 */
@Component
class DataKeyRotation {

    static final int BATCH = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SEALED = "sm4:";

    /** What a rotation did: rows sealed again, and rows already under the current key (a form counts once). */
    record Result(long resealed, long alreadyCurrent) {
    }

    private final JdbcClient jdbc;
    private final List<ProtectedColumn> columns;
    private final TransactionTemplate transaction;

    DataKeyRotation(JdbcClient jdbc, List<ProtectedColumn> columns, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.columns = columns;
        this.transaction = new TransactionTemplate(transactions);
    }

    Result rotate(PersonalDataProtector protector, Consumer<String> progress) {
        long resealed = 0;
        long current = 0;
        for (ProtectedColumn c : columns) {
            long total = jdbc.sql("select count(*) from " + c.table() + " where " + c.column() + " is not null")
                    .query(Long.class).single();
            long seen = 0;
            Object after = null;
            long[] counts = new long[2];
            while (true) {
                Object from = after;
                List<Object> keys = transaction.execute(s -> batch(c, from, protector, counts));
                if (keys == null || keys.isEmpty()) {
                    break;
                }
                after = keys.get(keys.size() - 1);
                seen += keys.size();
                progress.accept(c.table() + "." + c.column() + "：" + seen + "/" + total + " 行，已重新加密 " + counts[0]);
            }
            resealed += counts[0];
            current += counts[1];
        }
        return new Result(resealed, current);
    }

    /** One batch in one transaction; returns the keys it walked. counts: [resealed, already current]. */
    private List<Object> batch(ProtectedColumn c, Object after, PersonalDataProtector protector, long[] counts) {
        String sql = "select " + c.key() + " as k, " + c.column() + " as v from " + c.table() + " where " + c.column()
                + " is not null" + (after == null ? "" : " and " + c.key() + " > ?") + " order by " + c.key()
                + " limit " + BATCH;
        var query = jdbc.sql(sql);
        if (after != null) {
            query = query.param(after);
        }
        List<Object[]> rows = query.query((rs, n) -> new Object[] {rs.getObject("k"),
                c.format() == ProtectedColumn.Format.BYTES ? rs.getBytes("v") : rs.getString("v")}).list();
        List<Object> keys = new ArrayList<>();
        for (Object[] row : rows) {
            keys.add(row[0]);
            Object updated = c.format() == ProtectedColumn.Format.BYTES
                    ? reseal((byte[]) row[1], protector, c, row[0])
                    : resealJson((String) row[1], protector, c, row[0]);
            if (updated == null) {
                counts[1]++;
                continue;
            }
            counts[0]++;
            jdbc.sql("update " + c.table() + " set " + c.column() + " = "
                    + (c.format() == ProtectedColumn.Format.BYTES ? "?" : "cast(? as jsonb)") + " where " + c.key() + " = ?")
                    .params(updated, row[0]).update();
        }
        return keys;
    }

    /** The value sealed under the current key, or {@code null} when it already is. */
    private static byte[] reseal(byte[] sealed, PersonalDataProtector protector, ProtectedColumn c, Object key) {
        if (protector.sealedWithCurrentKey(sealed)) {
            return null;
        }
        try {
            return protector.encrypt(protector.decrypt(sealed));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(c.table() + "." + c.column() + "（" + key + "）用新旧两个密钥都无法解密："
                    + "请确认 previous-data-key 是轮换前使用的密钥", e);
        }
    }

    private static String resealJson(String json, PersonalDataProtector protector, ProtectedColumn c, Object key) {
        Map<String, Object> values = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        boolean changed = false;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof String s && s.startsWith(SEALED)) {
                byte[] updated = reseal(Base64.getDecoder().decode(s.substring(SEALED.length())), protector, c, key);
                if (updated != null) {
                    e.setValue(SEALED + Base64.getEncoder().encodeToString(updated));
                    changed = true;
                }
            }
        }
        return changed ? JSON.writeValueAsString(values) : null;
    }
}
