package io.onewindow.platform;

import java.util.Optional;

/**
 * What any typed-in text must satisfy before business code sees it: no control characters (tab, newline and
 * carriage return aside), no unpaired UTF-16 surrogates, a bounded length. Returns the reason in Chinese.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code value} (named {@code label} for the message) is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String label, CharSequence value, int maxLength) {
        if (value.length() > maxLength) {
            return Optional.of(label + "过长（不能超过 " + maxLength + " 个字符）");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                return Optional.of(label + "含有不允许的控制字符（U+" + String.format("%04X", (int) c) + "）");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(label + "含有残缺的字符（不成对的代理码元），请重新输入");
            }
        }
        return Optional.empty();
    }

    /** C0 and C1 control characters and DEL, except tab, newline and carriage return. */
    public static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    /** The spellings Java's number parsers accept for NaN and infinities, which no field of ours may hold. */
    public static boolean isNonFinite(String value) {
        String v = value.strip();
        return v.equals("NaN") || v.matches("[+-]?Infinity");
    }
}
