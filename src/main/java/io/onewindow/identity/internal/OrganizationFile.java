package io.onewindow.identity.internal;

import io.onewindow.identity.IdentityErrorCode;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.Spreadsheets.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation file (组织机构和人员导入表): four tables — 部门, 服务大厅, 窗口, 工作人员 — as sheets of one .xlsx
 * or as separate .csv files. A table is known by its sheet name or, failing that, by its header; columns are found
 * by their header text, in any order. A sheet named 说明 is the template's instructions and is skipped.
 */
final class OrganizationFile {

    static final String INSTRUCTIONS = "说明";

    /** The four tables, in the order they are written (staff refer to departments and halls, windows to both). */
    enum Kind {
        DEPARTMENTS("部门", List.of("区划代码", "部门代码", "部门名称", "简称"), List.of("状态")),
        HALLS("服务大厅", List.of("区划代码", "大厅代码", "大厅名称", "层级", "地址", "办公时间"), List.of("电话", "状态")),
        WINDOWS("窗口", List.of("大厅", "窗口编号", "窗口类型"), List.of("部门", "状态")),
        STAFF("工作人员", List.of("用户名", "姓名", "角色"), List.of("部门", "大厅", "状态", "初始密码"));

        final String sheet;
        final List<String> required;
        final List<String> optional;

        Kind(String sheet, List<String> required, List<String> optional) {
            this.sheet = sheet;
            this.required = required;
            this.optional = optional;
        }

        List<String> columns() {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional);
            return all;
        }
    }

    /** One data row: where it is in the file (for messages) and its cells by column name. */
    record Line(Kind kind, String table, int rowNumber, Map<String, String> cells) {

        String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        String where() {
            return "“" + table + "”第 " + rowNumber + " 行";
        }
    }

    private OrganizationFile() {
    }

    /** The rows of every table, grouped by kind in writing order; a table that is none of the four is an error. */
    static Map<Kind, List<Line>> read(List<Table> tables) {
        Map<Kind, List<Line>> lines = new EnumMap<>(Kind.class);
        for (Table t : tables) {
            if (t.name().strip().equals(INSTRUCTIONS) || t.rows().isEmpty() && !isKindName(t.name())) {
                continue;
            }
            if (t.rows().isEmpty()) {
                continue; // an empty sheet of the template
            }
            List<String> header = t.rows().get(0).stream().map(h -> h == null ? "" : h.strip()).toList();
            Kind kind = kindOf(t.name(), header);
            for (String column : kind.required) {
                if (!header.contains(column)) {
                    throw invalid("“" + t.name() + "”缺少“" + column + "”列（应有：" + String.join("、", kind.columns()) + "）");
                }
            }
            for (int c = 0; c < header.size(); c++) {
                if (!header.get(c).isEmpty() && !kind.columns().contains(header.get(c))) {
                    throw invalid("“" + t.name() + "”第 " + (c + 1) + " 列“" + header.get(c) + "”不是可导入的列（可用："
                            + String.join("、", kind.columns()) + "）");
                }
            }
            List<Line> list = lines.computeIfAbsent(kind, k -> new ArrayList<>());
            for (int r = 1; r < t.rows().size(); r++) {
                List<String> row = t.rows().get(r);
                if (String.join("", row).isBlank()) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < header.size() && c < row.size(); c++) {
                    cells.put(header.get(c), row.get(c));
                }
                list.add(new Line(kind, t.name(), r + 1, cells));
            }
        }
        if (lines.values().stream().allMatch(List::isEmpty)) {
            throw invalid("文件中没有数据行：请使用模板，在“部门”“服务大厅”“窗口”“工作人员”工作表中填写");
        }
        return lines;
    }

    private static boolean isKindName(String name) {
        for (Kind k : Kind.values()) {
            if (k.sheet.equals(name.strip())) {
                return true;
            }
        }
        return false;
    }

    private static Kind kindOf(String tableName, List<String> header) {
        for (Kind k : Kind.values()) {
            if (k.sheet.equals(tableName.strip())) {
                return k;
            }
        }
        List<Kind> byHeader = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (header.containsAll(k.required)) {
                byHeader.add(k);
            }
        }
        if (byHeader.size() != 1) {
            throw invalid("无法识别“" + tableName + "”：工作表应命名为 部门、服务大厅、窗口 或 工作人员，"
                    + "CSV 文件的第 1 行应为其中一种表头（见模板）");
        }
        return byHeader.get(0);
    }

    static OneWindowException invalid(String detail) {
        return new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT, detail);
    }
}
