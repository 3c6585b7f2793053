package io.onewindow.platform;

import java.util.regex.Pattern;

/** Masks personal identifiers wherever the full value is not needed (lists, logs, audit). */
public final class Masking {

    private static final Pattern CREDIT_CODE = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\d)((\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}|0\\d{2,3}[- ]?\\d{7,8})(?!\\d)");
    /** Any other long run of digits: bank cards, licence plates written out, account numbers. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{9,}");
    /** A name introduced the way callers introduce themselves: 我叫张三, 姓名：李四, 联系人王五. */
    private static final Pattern INTRODUCED_NAME = Pattern.compile(
            "(我叫|我是|本人|姓名[:：]?|联系人[:：]?|举报人[:：]?|投诉人[:：]?)\\s*(\\p{IsHan})(\\p{IsHan}{1,2})");

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

    /**
     * Free text about to be published (Open311, public pages): credit codes, ID numbers, phone numbers, long digit
     * runs and self-introduced names are masked. What cannot be recognised by its shape (a name mentioned in
     * passing) is why only orders the reporter agreed to publish are shown at all.
     */
    public static String freeText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // ID numbers first: an 18-digit ID number also has the shape of a credit code
        String t = ID_NUMBER.matcher(text).replaceAll("[身份证号已隐去]");
        t = CREDIT_CODE.matcher(t).replaceAll("[统一社会信用代码已隐去]");
        t = PHONE.matcher(t).replaceAll("[电话已隐去]");
        t = LONG_NUMBER.matcher(t).replaceAll("[号码已隐去]");
        return INTRODUCED_NAME.matcher(t).replaceAll(m -> m.group(1) + m.group(2) + "*".repeat(m.group(3).length()));
    }
}
