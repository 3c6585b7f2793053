package io.onewindow.platform;

/** Masks personal identifiers wherever the full value is not needed (lists, logs, audit). */
public final class Masking {

    private Masking() {
    }

    /** {@code 511102199001011234} → {@code 511102********1234}: region kept, birth date hidden. */
    public static String residentId(String number) {
        if (number == null || number.length() < 10) {
            return "****";
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** {@code 张三丰} → {@code 张**}. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return name.charAt(0) + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
    }
}
