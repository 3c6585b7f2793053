package io.onewindow.policy.internal;

import io.onewindow.policy.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every enterprise's facts held column by column (one primitive array per fact), so a rule condition is a tight loop
 * over one array. Missing values: NaN for numbers, -1 for texts and booleans, {@link Integer#MIN_VALUE} for dates.
 */
final class FactTable {

    static final int MISSING_DATE = Integer.MIN_VALUE;

    final int size;
    final UUID[] ids;
    final String[] creditCodes;
    final String[] names;
    private final double[][] numbers = new double[Fact.values().length][];
    private final int[][] texts = new int[Fact.values().length][];
    private final List<List<String>> dictionaries = new ArrayList<>();
    private final byte[][] booleans = new byte[Fact.values().length][];
    private final int[][] dates = new int[Fact.values().length][];
    private final Map<UUID, Integer> rows;

    private FactTable(Builder b) {
        size = b.size;
        ids = Arrays.copyOf(b.ids, size);
        creditCodes = Arrays.copyOf(b.creditCodes, size);
        names = Arrays.copyOf(b.names, size);
        for (Fact f : Fact.values()) {
            int k = f.ordinal();
            switch (f.type()) {
                case NUMBER -> numbers[k] = Arrays.copyOf(b.numbers[k], size);
                case TEXT -> texts[k] = Arrays.copyOf(b.texts[k], size);
                case BOOLEAN -> booleans[k] = Arrays.copyOf(b.booleans[k], size);
                case DATE -> dates[k] = Arrays.copyOf(b.dates[k], size);
            }
            dictionaries.add(List.copyOf(b.dictionaries.get(k)));
        }
        rows = b.rows;
    }

    double[] numbers(Fact f) {
        return numbers[f.ordinal()];
    }

    int[] texts(Fact f) {
        return texts[f.ordinal()];
    }

    List<String> dictionary(Fact f) {
        return dictionaries.get(f.ordinal());
    }

    byte[] booleans(Fact f) {
        return booleans[f.ordinal()];
    }

    int[] dates(Fact f) {
        return dates[f.ordinal()];
    }

    private volatile int[] idOrder;

    /** Rows in the order PostgreSQL sorts their ids (unsigned, byte by byte), for writing in index order. */
    int[] rowsInIdOrder() {
        int[] order = idOrder;
        if (order == null) {
            order = java.util.stream.IntStream.range(0, size).boxed()
                    .sorted((a, b) -> compareAsPostgres(ids[a], ids[b])).mapToInt(Integer::intValue).toArray();
            idOrder = order;
        }
        return order;
    }

    static int compareAsPostgres(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    Integer row(UUID enterpriseId) {
        return rows.get(enterpriseId);
    }

    /** One value as the rule evaluator reads it (BigDecimal, String, Boolean, LocalDate), or null. */
    Object value(Fact f, int row) {
        int k = f.ordinal();
        return switch (f.type()) {
            case NUMBER -> Double.isNaN(numbers[k][row]) ? null : BigDecimal.valueOf(numbers[k][row]);
            case TEXT -> texts[k][row] < 0 ? null : dictionaries.get(k).get(texts[k][row]);
            case BOOLEAN -> booleans[k][row] < 0 ? null : booleans[k][row] == 1;
            case DATE -> dates[k][row] == MISSING_DATE ? null : LocalDate.ofEpochDay(dates[k][row]);
        };
    }

    Map<Fact, Object> facts(int row) {
        Map<Fact, Object> out = new EnumMap<>(Fact.class);
        for (Fact f : Fact.values()) {
            Object v = value(f, row);
            if (v != null) {
                out.put(f, v);
            }
        }
        return out;
    }

    /** Adds enterprises one at a time; arrays grow as needed. */
    static final class Builder {

        private int size;
        private UUID[] ids;
        private String[] creditCodes;
        private String[] names;
        private final double[][] numbers = new double[Fact.values().length][];
        private final int[][] texts = new int[Fact.values().length][];
        private final List<Map<String, Integer>> codes = new ArrayList<>();
        private final List<List<String>> dictionaries = new ArrayList<>();
        private final byte[][] booleans = new byte[Fact.values().length][];
        private final int[][] dates = new int[Fact.values().length][];
        private final Map<UUID, Integer> rows = new HashMap<>();

        Builder(int capacity) {
            int c = Math.max(16, capacity);
            ids = new UUID[c];
            creditCodes = new String[c];
            names = new String[c];
            for (Fact f : Fact.values()) {
                int k = f.ordinal();
                switch (f.type()) {
                    case NUMBER -> numbers[k] = new double[c];
                    case TEXT -> texts[k] = new int[c];
                    case BOOLEAN -> booleans[k] = new byte[c];
                    case DATE -> dates[k] = new int[c];
                }
                codes.add(new HashMap<>());
                dictionaries.add(new ArrayList<>());
            }
        }

        void add(UUID id, String creditCode, String name, Map<Fact, Object> facts) {
            if (size == ids.length) {
                grow(size * 2);
            }
            int row = size++;
            ids[row] = id;
            creditCodes[row] = creditCode;
            names[row] = name;
            rows.put(id, row);
            for (Fact f : Fact.values()) {
                int k = f.ordinal();
                Object v = facts.get(f);
                switch (f.type()) {
                    case NUMBER -> numbers[k][row] = v == null ? Double.NaN : ((BigDecimal) v).doubleValue();
                    case TEXT -> texts[k][row] = v == null ? -1 : code(k, (String) v);
                    case BOOLEAN -> booleans[k][row] = v == null ? -1 : (byte) (((Boolean) v) ? 1 : 0);
                    case DATE -> dates[k][row] = v == null ? MISSING_DATE : (int) ((LocalDate) v).toEpochDay();
                }
            }
        }

        private int code(int k, String text) {
            return codes.get(k).computeIfAbsent(text, t -> {
                dictionaries.get(k).add(t);
                return dictionaries.get(k).size() - 1;
            });
        }

        private void grow(int capacity) {
            ids = Arrays.copyOf(ids, capacity);
            creditCodes = Arrays.copyOf(creditCodes, capacity);
            names = Arrays.copyOf(names, capacity);
            for (int k = 0; k < Fact.values().length; k++) {
                if (numbers[k] != null) {
                    numbers[k] = Arrays.copyOf(numbers[k], capacity);
                }
                if (texts[k] != null) {
                    texts[k] = Arrays.copyOf(texts[k], capacity);
                }
                if (booleans[k] != null) {
                    booleans[k] = Arrays.copyOf(booleans[k], capacity);
                }
                if (dates[k] != null) {
                    dates[k] = Arrays.copyOf(dates[k], capacity);
                }
            }
        }

        FactTable build() {
            return new FactTable(this);
        }
    }
}
