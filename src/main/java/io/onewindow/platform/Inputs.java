package io.onewindow.platform;

/** Checks for typed-in text, failing with a Chinese message under the caller's error code. */
public final class Inputs {

    private Inputs() {
    }

    /** Stripped value; refuses blank and over-long input. */
    public static String required(String value, String label, int maxLength, ErrorCode code) {
        if (value == null || value.isBlank()) {
            throw new OneWindowException(code, "请填写" + label);
        }
        return optional(value, label, maxLength, code);
    }

    /** Stripped value or {@code null} when blank; refuses over-long input. */
    public static String optional(String value, String label, int maxLength, ErrorCode code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > maxLength) {
            throw new OneWindowException(code, label + "不能超过 " + maxLength + " 个字");
        }
        return v;
    }
}
