package io.onewindow.catalog.internal;

import io.onewindow.catalog.Faq;
import io.onewindow.catalog.FormField;
import io.onewindow.catalog.Material;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plain-text line formats in which people edit a guide's lists (and the seed is written), parsed with
 * Chinese errors naming the line, and formatted back for editing:
 * <ul>
 * <li>材料: {@code 名称 | 原件/复印件/电子件 | 份数 | 必需 或 情形：说明 | 申请人提交 / 电子证照：证照类型 / 部门共享：部门 / 免提交}</li>
 * <li>表单: {@code 标识 | 标签 | 类型[：选项1、选项2] | 必填/选填 | 校验正则 | 预填来源}</li>
 * <li>常见问题: {@code 问题 | 答案}</li>
 * </ul>
 */
public final class GuideLines {

    private GuideLines() {
    }

    /** Parsed values, or the problems found (then the values are incomplete). */
    public record Parsed<T>(List<T> values, List<String> errors) {
    }

    public static Parsed<Material> materials(String text) {
        List<Material> values = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        eachLine(text, (n, cells) -> {
            if (cells.length != 5) {
                errors.add("申请材料第 " + n + " 行应有 5 栏（名称 | 形式 | 份数 | 必需或情形 | 来源），实际 " + cells.length + " 栏");
                return;
            }
            Material.Form form = Arrays.stream(Material.Form.values()).filter(f -> f.label().equals(cells[1])).findFirst()
                    .orElse(null);
            if (form == null) {
                errors.add("申请材料第 " + n + " 行：形式应为 原件、复印件 或 电子件");
                return;
            }
            int copies;
            try {
                copies = Integer.parseInt(cells[2]);
            } catch (NumberFormatException e) {
                errors.add("申请材料第 " + n + " 行：份数“" + cells[2] + "”不是整数");
                return;
            }
            boolean required = cells[3].equals("必需");
            String condition = required ? null : stripPrefix(cells[3], "情形");
            if (!required && (condition == null || condition.isBlank())) {
                errors.add("申请材料第 " + n + " 行：第 4 栏应为“必需”或“情形：在什么情况下提交”");
                return;
            }
            String[] source = cells[4].split("[：:]", 2);
            Material.Source src = Arrays.stream(Material.Source.values()).filter(s -> s.label().equals(source[0].strip()))
                    .findFirst().orElse(null);
            if (src == null) {
                errors.add("申请材料第 " + n + " 行：来源应为 申请人提交、电子证照：证照类型、部门共享：部门 或 免提交");
                return;
            }
            String ref = source.length > 1 ? source[1].strip() : null;
            values.add(new Material(cells[0], form, copies, required, condition, src, ref));
        });
        return new Parsed<>(values, errors);
    }

    public static Parsed<FormField> form(String text) {
        List<FormField> values = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        eachLine(text, (n, cells) -> {
            if (cells.length < 4 || cells.length > 6) {
                errors.add("申请表第 " + n + " 行应有 4–6 栏（标识 | 标签 | 类型 | 必填 | 校验 | 预填）");
                return;
            }
            String[] typeAndOptions = cells[2].split("[：:]", 2);
            FormField.Type type = Arrays.stream(FormField.Type.values())
                    .filter(t -> t.label().equals(typeAndOptions[0].strip())).findFirst().orElse(null);
            if (type == null) {
                errors.add("申请表第 " + n + " 行：类型“" + typeAndOptions[0] + "”无效，可选："
                        + Arrays.stream(FormField.Type.values()).map(FormField.Type::label).collect(Collectors.joining("、")));
                return;
            }
            List<String> options = typeAndOptions.length > 1
                    ? Arrays.stream(typeAndOptions[1].split("[、,，]")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            if (!cells[3].equals("必填") && !cells[3].equals("选填")) {
                errors.add("申请表第 " + n + " 行：第 4 栏应为“必填”或“选填”");
                return;
            }
            String validation = cells.length > 4 && !cells[4].isBlank() ? cells[4] : null;
            String prefill = cells.length > 5 && !cells[5].isBlank() ? cells[5] : null;
            values.add(new FormField(cells[0], cells[1], type, cells[3].equals("必填"), validation, options, prefill));
        });
        return new Parsed<>(values, errors);
    }

    public static Parsed<Faq> faq(String text) {
        List<Faq> values = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        eachLine(text, (n, cells) -> {
            if (cells.length != 2) {
                errors.add("常见问题第 " + n + " 行应为“问题 | 答案”");
                return;
            }
            values.add(new Faq(cells[0], cells[1]));
        });
        return new Parsed<>(values, errors);
    }

    public static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static String formatMaterials(List<Material> materials) {
        return materials.stream().map(m -> String.join(" | ", m.name(), m.form().label(), String.valueOf(m.copies()),
                m.required() ? "必需" : "情形：" + m.condition(),
                m.sourceRef() == null ? m.source().label() : m.source().label() + "：" + m.sourceRef()))
                .collect(Collectors.joining("\n"));
    }

    public static String formatForm(List<FormField> fields) {
        return fields.stream().map(f -> String.join(" | ", f.key(), f.label(),
                f.options() == null || f.options().isEmpty() ? f.type().label() : f.type().label() + "：" + String.join("、", f.options()),
                f.required() ? "必填" : "选填", f.validation() == null ? "" : f.validation(),
                f.prefill() == null ? "" : f.prefill()).strip()).collect(Collectors.joining("\n"));
    }

    public static String formatFaq(List<Faq> faq) {
        return faq.stream().map(f -> f.question() + " | " + f.answer()).collect(Collectors.joining("\n"));
    }

    private interface LineHandler {
        void handle(int lineNumber, String[] cells);
    }

    private static void eachLine(String text, LineHandler handler) {
        if (text == null) {
            return;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                String[] cells = Arrays.stream(lines[i].split("[|｜]", -1)).map(String::strip).toArray(String[]::new);
                handler.handle(i + 1, cells);
            }
        }
    }

    private static String stripPrefix(String s, String prefix) {
        if (s.startsWith(prefix)) {
            return s.substring(prefix.length()).replaceFirst("^[：:]", "").strip();
        }
        return null;
    }
}
