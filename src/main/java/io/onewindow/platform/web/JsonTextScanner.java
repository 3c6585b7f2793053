package io.onewindow.platform.web;

import io.onewindow.platform.TextRules;
import java.util.Optional;

/**
 * Applies {@link TextRules} to every string of a JSON document, escapes decoded ({@code \u0000}, lone
 * {@code \ud800}), without building the document: the body is checked before Jackson binds it. Malformed JSON is
 * left for Jackson to refuse.
 */
final class JsonTextScanner {

    private JsonTextScanner() {
    }

    static Optional<String> problem(String json, int maxStringLength) {
        StringBuilder current = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (current == null) {
                if (c == '"') {
                    current = new StringBuilder();
                }
                continue;
            }
            if (c == '"') {
                Optional<String> problem = check(current, maxStringLength);
                if (problem.isPresent()) {
                    return problem;
                }
                current = null;
                continue;
            } else if (c == '\\' && i + 1 < json.length()) {
                char n = json.charAt(++i);
                if (n == 'u' && i + 4 < json.length()) {
                    try {
                        current.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                    i += 4;
                } else {
                    current.append(switch (n) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> n;
                    });
                }
            } else {
                current.append(c);
            }
            if (current.length() > maxStringLength) {
                return check(current, maxStringLength);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> check(StringBuilder value, int maxStringLength) {
        Optional<String> problem = TextRules.problem("请求中的文字", value, maxStringLength);
        if (problem.isEmpty() && TextRules.isNonFinite(value.toString())) {
            return Optional.of("请求中含有非有限数值（" + value + "），请填写正常的数字");
        }
        return problem;
    }
}
