package io.onewindow.identity;

import java.util.Map;
import java.util.Set;

/**
 * 统一社会信用代码 (GB 32100-2015): both check characters (the organisation code's, GB 11714, at position 17,
 * and the code's own at position 18) and the 31-character set without I, O, Z, S, V.
 */
public final class CreditCodes {

    /** Value of a character = its index. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private static final Map<Character, String> AUTHORITIES = Map.of('1', "机构编制", '5', "民政", '9', "工商（市场监管）",
            'Y', "其他");
    private static final Map<String, String> ENTITY_TYPES = Map.ofEntries(
            Map.entry("11", "机关"), Map.entry("12", "事业单位"), Map.entry("19", "其他"),
            Map.entry("51", "社会团体"), Map.entry("52", "民办非企业单位"), Map.entry("53", "基金会"), Map.entry("59", "其他"),
            Map.entry("91", "企业"), Map.entry("92", "个体工商户"), Map.entry("93", "农民专业合作社"));

    private CreditCodes() {
    }

    /**
     * A code as the registration authority composes it: 登记管理部门码 and 机构类别码 ({@code kind}, e.g. 92 个体工商户),
     * the 登记管理机关行政区划码, a 主体标识码 whose 8-character body encodes {@code serial} (below 31^8) plus its GB 11714
     * check character, and the check character of the whole.
     */
    public static String assemble(String kind, String regionCode, long serial) {
        StringBuilder body = new StringBuilder();
        long n = serial;
        for (int i = 0; i < 8; i++) {
            body.insert(0, CHARSET.charAt((int) (n % 31)));
            n /= 31;
        }
        String first17 = kind + regionCode + body + organizationCheckChar(body.toString());
        return first17 + checkChar(first17);
    }

    /** The 18th character for the first 17. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    /** The organisation code's check character (GB 11714) for its 8-character body. */
    public static char organizationCheckChar(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = body8.charAt(i);
            int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    public static CreditCodeCheck check(String input) {
        return check(input, Set.of());
    }

    /** @param pilotCodes early pilot codes known to be legal although their check characters do not match */
    public static CreditCodeCheck check(String input, Set<String> pilotCodes) {
        if (input == null || input.isBlank()) {
            return CreditCodeCheck.invalid("请输入统一社会信用代码");
        }
        String code = input.strip().toUpperCase();
        if (code.length() != 18) {
            return CreditCodeCheck.invalid("统一社会信用代码应为18位，当前为" + code.length() + "位");
        }
        String charsetError = charsetError(code);
        if (charsetError != null) {
            return CreditCodeCheck.invalid(charsetError);
        }
        String note = null;
        String checkError = checkError(code);
        if (checkError != null) {
            if (!pilotCodes.contains(code)) {
                return CreditCodeCheck.invalid(checkError);
            }
            note = "早期试点代码：" + checkError + "，但已登记为合法代码";
        }
        String kind = code.substring(0, 2);
        return new CreditCodeCheck(true, null, code, code.substring(0, 1),
                AUTHORITIES.getOrDefault(code.charAt(0), "其他登记管理部门"), code.substring(1, 2),
                ENTITY_TYPES.getOrDefault(kind, "其他"), code.substring(2, 8), code.substring(8, 17), note);
    }

    private static String charsetError(String code) {
        for (int i = 0; i < 18; i++) {
            char ch = code.charAt(i);
            boolean regionPart = i >= 2 && i < 8;
            if (regionPart && !Character.isDigit(ch)) {
                return "第" + (i + 1) + "位“" + ch + "”有误：第3–8位是行政区划码，只能是数字";
            }
            if (!regionPart && CHARSET.indexOf(ch) < 0) {
                return "第" + (i + 1) + "位“" + ch + "”不是统一社会信用代码允许的字符（不使用 I、O、Z、S、V）";
            }
        }
        return null;
    }

    private static String checkError(String code) {
        char org = organizationCheckChar(code.substring(8, 16));
        if (code.charAt(16) != org) {
            return "第17位（组织机构代码校验码）应为“" + org + "”，实际为“" + code.charAt(16) + "”";
        }
        char expected = checkChar(code);
        if (code.charAt(17) != expected) {
            return "第18位校验码应为“" + expected + "”，实际为“" + code.charAt(17) + "”";
        }
        return null;
    }
}
