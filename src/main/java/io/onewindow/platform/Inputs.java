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

    /** A required contact number: a mobile number or a landline with its area code (0833-2123456). */
    public static String contactPhone(String value, String label, ErrorCode code) {
        String phone = required(value, label, 20, code);
        if (!phone.matches("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}")) {
            throw new OneWindowException(code, label + "格式不正确，请填写手机号或带区号的固定电话");
        }
        return phone;
    }
}
