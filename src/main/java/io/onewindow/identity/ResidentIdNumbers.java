package io.onewindow.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit 地址码, 8-digit 出生日期码, 3-digit 顺序码 (odd = male), and an
 * ISO 7064 MOD 11-2 check character. Pure functions, unit-tested on the standard's own examples.
 */
public final class ResidentIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** GB/T 2260 province-level codes (incl. 71 台湾, 81 香港, 82 澳门, 83 台湾居民居住证). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ResidentIdNumbers() {
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    public static ResidentIdCheck check(String input, LocalDate today) {
        if (input == null || input.isBlank()) {
            return ResidentIdCheck.invalid("请输入身份证号码");
        }
        String n = input.strip().toUpperCase();
        if (n.length() == 15 && n.chars().allMatch(Character::isDigit)) {
            return ResidentIdCheck.invalid("这是15位旧版身份证号码，请使用18位号码");
        }
        if (n.length() != 18) {
            return ResidentIdCheck.invalid("身份证号码应为18位，当前为" + n.length() + "位");
        }
        if (!n.matches("\\d{17}[\\dX]")) {
            return ResidentIdCheck.invalid("身份证号码前17位应为数字，第18位为数字或X");
        }
        if (!PROVINCES.contains(n.substring(0, 2))) {
            return ResidentIdCheck.invalid("前两位“" + n.substring(0, 2) + "”不是有效的省级行政区划代码");
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(n.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            return ResidentIdCheck.invalid("第7–14位“" + n.substring(6, 14) + "”不是真实的出生日期");
        }
        if (birth.isAfter(today) || birth.getYear() < 1800) {
            return ResidentIdCheck.invalid("出生日期 " + birth + " 不可能（晚于今天或早于1800年）");
        }
        char expected = checkChar(n);
        if (n.charAt(17) != expected) {
            return ResidentIdCheck.invalid("校验位错误：第18位应为“" + expected + "”，实际为“" + n.charAt(17) + "”，请核对号码");
        }
        String sex = (n.charAt(16) - '0') % 2 == 1 ? "男" : "女";
        return new ResidentIdCheck(true, null, n, n.substring(0, 6), birth, sex);
    }
}
