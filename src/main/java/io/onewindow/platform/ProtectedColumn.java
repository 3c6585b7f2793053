package io.onewindow.platform;

/**
 * A column holding values sealed by {@link PersonalDataProtector}, declared by the module that owns it (as a bean) so
 * that the data-key rotation re-seals every one of them without knowing the modules.
 *
 * @param table  e.g. {@code identity_citizen}
 * @param key    the table's primary-key column (rows are walked in its order, so a rotation can resume)
 * @param column the sealed column
 * @param format how the column holds sealed values
 */
public record ProtectedColumn(String table, String key, String column, Format format) {

    public enum Format {
        /** {@code bytea}: the sealed bytes themselves. */
        BYTES,
        /** {@code jsonb} object: string values that start with {@code sm4:} are base64 of sealed bytes. */
        JSON_VALUES
    }

    public static ProtectedColumn bytes(String table, String key, String column) {
        return new ProtectedColumn(table, key, column, Format.BYTES);
    }
}
