package io.onewindow.policy.internal;

import io.onewindow.platform.ChinaTime;
import io.onewindow.policy.Benefit;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes a bulk run's results as differences: the stored pairs are read once (COPY), compared in memory with the new
 * bitsets, and only new pairs (with today as eligible_since, not yet told), pairs no longer eligible and changed
 * amounts are written. A nightly run where little changed therefore writes little. Runs in the caller's
 * transaction, which holds the matching lock.
 */
@Component
class MatchStore {

    /** What a run changed. */
    record Changes(int added, int removed, int amountsChanged) {
    }

    private final DataSource dataSource;

    MatchStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Changes replaceAll(List<Matching.Compiled> policies, FactTable table, List<long[]> results) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return replaceAll(connection, policies, table, results);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("写入匹配结果失败：" + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private Changes replaceAll(Connection connection, List<Matching.Compiled> policies, FactTable table,
            List<long[]> results) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Integer> policyIndex = new HashMap<>();
        for (int p = 0; p < policies.size(); p++) {
            policyIndex.put(policies.get(p).id().toString(), p);
        }
        Stored stored = new Stored(policies, table, policyIndex);
        try (CopyLines lines = new CopyLines(stored::accept)) {
            copy.copyOut("copy (select policy_id, enterprise_id, amount_yuan from policy_match) to stdout", lines);
        }

        String today = ChinaTime.today().toString();
        StringBuilder amounts = new StringBuilder();
        StringBuilder gone = stored.gone;
        int goneCount = stored.goneCount;
        int amountCount = 0;
        long[][] added = new long[policies.size()][];
        for (int p = 0; p < policies.size(); p++) {
            Matching.Compiled policy = policies.get(p);
            long[] now = results.get(p);
            long[] before = stored.bits[p];
            String[] beforeAmounts = stored.amounts[p];
            added[p] = new long[now.length];
            for (int w = 0; w < now.length; w++) {
                added[p][w] = now[w] & ~before[w];
                for (long word = before[w] & ~now[w]; word != 0; word &= word - 1) {
                    gone.append(policy.id()).append('\t').append(table.ids[(w << 6) + Long.numberOfTrailingZeros(word)]).append('\n');
                    goneCount++;
                }
                if (beforeAmounts != null) { // a fixed amount never changes for a published version
                    for (long word = before[w] & now[w]; word != 0; word &= word - 1) {
                        int row = (w << 6) + Long.numberOfTrailingZeros(word);
                        String amount = Matching.amount(policy.benefit(), table, row).toPlainString();
                        if (!amount.equals(beforeAmounts[row])) {
                            amounts.append(policy.id()).append('\t').append(table.ids[row]).append('\t').append(amount).append('\n');
                            amountCount++;
                        }
                    }
                }
            }
        }
        int addedCount = copyAdded(copy, policies, table, added, today);
        try (Statement st = connection.createStatement()) {
            if (stored.outOfForce) { // a policy expired or was superseded: its pairs go
                String inForce = policies.stream().map(p -> "'" + p.id() + "'").collect(Collectors.joining(","));
                goneCount += st.executeUpdate("delete from policy_match" + (inForce.isEmpty() ? "" : " where policy_id not in (" + inForce + ")"));
            }
            if (goneCount > 0) {
                st.execute("create temporary table policy_match_gone (policy_id uuid, enterprise_id uuid) on commit drop");
                copy.copyIn("copy policy_match_gone from stdin", new StringReader(gone.toString()));
                st.executeUpdate("delete from policy_match m using policy_match_gone g "
                        + "where m.policy_id = g.policy_id and m.enterprise_id = g.enterprise_id");
            }
            if (amountCount > 0) {
                st.execute("create temporary table policy_match_amount (policy_id uuid, enterprise_id uuid, amount_yuan numeric(14, 2)) on commit drop");
                copy.copyIn("copy policy_match_amount from stdin", new StringReader(amounts.toString()));
                st.executeUpdate("update policy_match m set amount_yuan = a.amount_yuan from policy_match_amount a "
                        + "where m.policy_id = a.policy_id and m.enterprise_id = a.enterprise_id");
            }
        }
        return new Changes(addedCount, goneCount, amountCount);
    }

    /**
     * New pairs go straight into the table, in primary-key order (enterprise id, then policy id, as PostgreSQL orders
     * uuids), so that the index grows at its end instead of at random places. One COPY is streamed while the rows
     * are being built, so PostgreSQL stores them on one core while Java writes them on the other.
     */
    private static int copyAdded(CopyManager copy, List<Matching.Compiled> policies, FactTable table, long[][] added,
            String today) throws SQLException {
        Integer[] byId = new Integer[policies.size()];
        for (int p = 0; p < byId.length; p++) {
            byId[p] = p;
        }
        java.util.Arrays.sort(byId, (a, b) -> FactTable.compareAsPostgres(policies.get(a).id(), policies.get(b).id()));
        String[] policyIds = policies.stream().map(p -> p.id().toString()).toArray(String[]::new);
        CopyIn in = copy.copyIn("copy policy_match (policy_id, enterprise_id, amount_yuan, eligible_since, notified_at) from stdin");
        try {
            StringBuilder rows = new StringBuilder(1 << 17);
            int count = 0;
            for (int row : table.rowsInIdOrder()) {
                String enterprise = null;
                for (int p : byId) {
                    if (ColumnMatcher.get(added[p], row)) {
                        enterprise = enterprise == null ? table.ids[row].toString() : enterprise;
                        rows.append(policyIds[p]).append('\t').append(enterprise).append('\t')
                                .append(Matching.amount(policies.get(p).benefit(), table, row).toPlainString()).append('\t')
                                .append(today).append("\t\\N\n"); // not told yet
                        count++;
                    }
                }
                if (rows.length() > (1 << 16)) {
                    send(in, rows);
                }
            }
            send(in, rows);
            in.endCopy();
            return count;
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void send(CopyIn in, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /**
     * The stored pairs, read line by line from COPY: per policy in force a bitset and (for amounts that can change)
     * the stored amount per row; pairs of enterprises no longer registered are collected as gone.
     */
    private static final class Stored {

        final long[][] bits;
        final String[][] amounts;
        final StringBuilder gone = new StringBuilder();
        int goneCount;
        boolean outOfForce;
        private final FactTable table;
        private final Map<String, Integer> policyIndex;

        Stored(List<Matching.Compiled> policies, FactTable table, Map<String, Integer> policyIndex) {
            this.table = table;
            this.policyIndex = policyIndex;
            bits = new long[policies.size()][ColumnMatcher.words(table.size)];
            amounts = new String[policies.size()][];
            for (int p = 0; p < policies.size(); p++) {
                if (!(policies.get(p).benefit() instanceof Benefit.Fixed)) {
                    amounts[p] = new String[table.size];
                }
            }
        }

        void accept(String row) {
            String policy = row.substring(0, 36);
            String enterprise = row.substring(37, 73);
            Integer p = policyIndex.get(policy);
            if (p == null) {
                outOfForce = true; // a policy no longer in force: removed wholesale
                return;
            }
            Integer r = table.row(UUID.fromString(enterprise));
            if (r == null) {
                gone.append(policy).append('\t').append(enterprise).append('\n');
                goneCount++;
                return;
            }
            bits[p][r >>> 6] |= 1L << r;
            if (amounts[p] != null) {
                amounts[p][r] = row.substring(74);
            }
        }
    }
}
