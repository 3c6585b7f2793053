package io.onewindow.hotline.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 诉求分类: the two-level tree the centre edits; a category in use is switched off, never deleted. */
@Service
public class Categories {

    public record Category(String code, String name, String parentCode, boolean active) {
    }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    Categories(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public List<Category> all() {
        return jdbc.sql("select code, name, parent_code, active from hotline_category order by coalesce(parent_code, code), parent_code nulls first, code")
                .query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
    }

    /** An active leaf category, as Open311 lists it: a service within its parent's group. */
    public record Service(String code, String name, String group) {
    }

    /** Active categories with no sub-categories: what a civic app may file under. */
    public List<Service> leafServices() {
        return jdbc.sql("""
                select c.code, c.name, p.name as grp from hotline_category c left join hotline_category p on p.code = c.parent_code
                where c.active and not exists (select 1 from hotline_category k where k.parent_code = c.code) order by c.code""")
                .query((rs, n) -> new Service(rs.getString("code"), rs.getString("name"), rs.getString("grp"))).list();
    }

    /** The category's name, or its code when there is no such category. */
    public String name(String code) {
        return jdbc.sql("select name from hotline_category where code = ?").param(code).query(String.class).optional()
                .orElse(code);
    }

    /** Active categories as (code, "parent / name") for the intake forms' select. */
    public List<String[]> options() {
        return jdbc.sql("""
                select c.code, coalesce(p.name || ' / ', '') || c.name from hotline_category c
                left join hotline_category p on p.code = c.parent_code where c.active
                order by coalesce(c.parent_code, c.code), c.parent_code nulls first, c.code""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    @Transactional
    public void add(String code, String name, String parentCode) {
        centre();
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9-]{1,19}")) {
            throw invalid("分类代码须为 2 至 20 位大写字母、数字或连字符，以字母开头");
        }
        String n = Inputs.required(name, "分类名称", 50, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        String parent = parentCode == null || parentCode.isBlank() ? null : parentCode;
        if (parent != null && jdbc.sql("select count(*) from hotline_category where code = ? and parent_code is null")
                .param(parent).query(Integer.class).single() == 0) {
            throw invalid("上级分类须是已有的一级分类");
        }
        if (jdbc.sql("select count(*) from hotline_category where code = ?").param(c).query(Integer.class).single() > 0) {
            throw invalid("分类代码 " + c + " 已存在");
        }
        jdbc.sql("insert into hotline_category (code, name, parent_code) values (?, ?, ?)").params(c, n, parent).update();
        auditLog.record("CATEGORY_ADDED", "hotline.category", c, null, Map.of("name", n));
    }

    @Transactional
    public void setActive(String code, boolean active) {
        centre();
        int changed = jdbc.sql("update hotline_category set active = ? where code = ?").params(active, code).update();
        if (changed == 0) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_NOT_FOUND, "分类不存在");
        }
        auditLog.record(active ? "CATEGORY_ENABLED" : "CATEGORY_DISABLED", "hotline.category", code, null, Map.of());
    }

    private static void centre() {
        CurrentUsers.current().filter(u -> u.has(Role.HOTLINE_AGENT)).orElseThrow(() -> new OneWindowException(
                HotlineErrorCode.HOTLINE_NOT_ALLOWED, "只有热线中心可以维护诉求分类"));
    }

    private static OneWindowException invalid(String message) {
        return new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, message);
    }
}
