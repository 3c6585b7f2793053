package io.onewindow.identity.internal;

import io.onewindow.identity.Role;
import io.onewindow.identity.internal.OrganizationFile.Kind;
import io.onewindow.organization.Department;
import io.onewindow.organization.Organization;
import io.onewindow.organization.Region;
import io.onewindow.organization.ServiceHall;
import io.onewindow.organization.ServiceWindow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The organisation file as it stands: a 说明 sheet, then 部门, 服务大厅, 窗口 and 工作人员 filled with today's
 * organisation (no passwords). Edited and uploaded again, it changes exactly what was edited.
 */
@Component
public class OrganizationImportTemplate {

    private static final List<String> INSTRUCTIONS = List.of(
            "组织机构和人员导入表（乐山市一网通办）",
            "",
            "1. 四张工作表：部门、服务大厅、窗口、工作人员。可只填其中几张；也可各存为 UTF-8 编码的 CSV 文件分别上传（以第 1 行表头识别）。",
            "2. 第 1 行为表头，列的顺序可以调整；带“*”说明的列为必填：",
            "   部门：区划代码*、部门代码*（2–16 位大写字母或数字）、部门名称*、简称*、状态（启用/停用，默认启用）",
            "   服务大厅：区划代码*、大厅代码*、大厅名称*、层级*（市级/县级/乡镇）、地址*、办公时间*、电话、状态",
            "   窗口：大厅*（大厅编号，如 511100-ZWFW）、窗口编号*（如 A01）、窗口类型*（无差别综合窗口/专业窗口/重大项目服务专区）、部门（专业窗口必填，如 511100-SCJGJ）、状态",
            "   工作人员：用户名*、姓名*、角色*（多个用顿号分隔）、部门、大厅（至少填一个）、状态、初始密码",
            "3. 角色：" + String.join("、", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT)
                    .map(Role::label).toList()) + "。",
            "4. 部门编号 = 区划代码-部门代码，大厅编号 = 区划代码-大厅代码。已存在的部门、大厅、窗口（大厅+窗口编号）和用户名会被更新，不会重复新增。",
            "5. 新账号的初始密码：填写则使用所填密码（8–64 位，含字母和数字）；不填由平台生成，导入完成后仅向导入人显示一次。首次登录须修改密码。已有账号的密码不会被导入改动。",
            "6. 整份文件先逐行校验：任何一行有错，全部不导入，并逐行列出错误。");

    private final Organization organization;
    private final AccountRepository accounts;

    OrganizationImportTemplate(Organization organization, AccountRepository accounts) {
        this.organization = organization;
        this.accounts = accounts;
    }

    public byte[] workbook() {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet help = book.createSheet(OrganizationFile.INSTRUCTIONS);
            for (int i = 0; i < INSTRUCTIONS.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(INSTRUCTIONS.get(i));
            }
            help.setColumnWidth(0, 160 * 256);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(book, bold, Kind.DEPARTMENTS, departments());
            sheet(book, bold, Kind.HALLS, halls());
            sheet(book, bold, Kind.WINDOWS, windows());
            sheet(book, bold, Kind.STAFF, staff());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Workbook book, CellStyle bold, Kind kind, List<List<String>> rows) {
        Sheet sheet = book.createSheet(kind.sheet);
        Row header = sheet.createRow(0);
        List<String> columns = kind.columns();
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, 20 * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c) == null ? "" : rows.get(r).get(c));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private List<List<String>> departments() {
        List<List<String>> rows = new ArrayList<>();
        for (Region region : organization.regions()) {
            for (Department d : organization.departments(region.id())) {
                String code = d.id().value().substring(d.regionId().length() + 1);
                rows.add(List.of(d.regionId(), code, d.name(), d.shortName(), state(d.active())));
            }
        }
        return rows;
    }

    private List<List<String>> halls() {
        return organization.halls().stream().map(h -> List.of(h.regionId(), h.id().value().substring(h.regionId().length() + 1),
                h.name(), h.level().label().substring(0, 2), h.address(), h.openingHours(), h.phone() == null ? "" : h.phone(),
                state(h.active()))).toList();
    }

    private List<List<String>> windows() {
        List<List<String>> rows = new ArrayList<>();
        for (ServiceHall h : organization.halls()) {
            for (ServiceWindow w : organization.windows(h.id())) {
                rows.add(List.of(h.id().value(), w.number(), w.kind().label(),
                        w.departmentId() == null ? "" : w.departmentId().value(), state(w.active())));
            }
        }
        return rows;
    }

    private List<List<String>> staff() {
        return accounts.search("", Integer.MAX_VALUE).stream().map(a -> List.of(a.username(), a.displayName(),
                a.roles().stream().sorted().map(Role::label).collect(Collectors.joining("、")),
                a.departmentId() == null ? "" : a.departmentId(), a.hallId() == null ? "" : a.hallId(),
                state(a.enabled()), "")).toList();
    }

    private static String state(boolean active) {
        return active ? "启用" : "停用";
    }
}
