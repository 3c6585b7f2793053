package io.onewindow.exchange.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 数据资源目录 and the 责任清单. */
@Repository
public class Datasets {

    /** One dataset of the catalogue. {@code fields} is the JSON list of fields (name, type, personal). */
    public record Dataset(String code, String name, String providerDepartmentId, String providerName, String shareType,
            String conditions, String legalBasis, String updateFrequency, String subjectKind, String fields,
            List<String> serves, String endpoint) {

        public String shareTypeLabel() {
            return switch (shareType) {
                case "UNCONDITIONAL" -> "无条件共享";
                case "CONDITIONAL" -> "有条件共享";
                default -> "不予共享";
            };
        }
    }

    /** One line of the 数据共享责任清单. */
    public record Duty(String datasetCode, String datasetName, String departmentName, String task, LocalDate dueOn,
            LocalDate deliveredOn) {

        public boolean overdue(LocalDate today) {
            return deliveredOn == null ? today.isAfter(dueOn) : deliveredOn.isAfter(dueOn);
        }
    }

    private static final String SELECT = """
            select d.*, o.name as provider_name from exchange_dataset d join org_department o on o.id = d.provider_department_id
            """;

    private final JdbcClient jdbc;

    Datasets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Dataset> all() {
        return jdbc.sql(SELECT + " order by d.provider_department_id, d.code").query(Datasets::dataset).list();
    }

    Optional<Dataset> byCode(String code) {
        return jdbc.sql(SELECT + " where d.code = ?").param(code).query(Datasets::dataset).optional();
    }

    /**
     * The dataset serving a material: by its name among the ones from the named provider department, else by name
     * alone (a county's department named in the guide may be served by the city's dataset).
     */
    Optional<Dataset> forMaterial(String materialName, String providerHint) {
        return jdbc.sql(SELECT + """
                 where ? = any(string_to_array(d.serves, '、'))
                 order by (o.name = ?) desc, d.code limit 1""").params(materialName, providerHint)
                .query(Datasets::dataset).optional();
    }

    public List<Duty> duties() {
        return jdbc.sql("""
                select u.*, d.name as dataset_name, o.name as department_name from exchange_duty u
                join exchange_dataset d on d.code = u.dataset_code join org_department o on o.id = u.department_id
                order by u.due_on, u.id""").query((rs, n) -> new Duty(rs.getString("dataset_code"),
                rs.getString("dataset_name"), rs.getString("department_name"), rs.getString("task"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("delivered_on", LocalDate.class))).list();
    }

    private static Dataset dataset(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String serves = rs.getString("serves");
        return new Dataset(rs.getString("code"), rs.getString("name"), rs.getString("provider_department_id"),
                rs.getString("provider_name"), rs.getString("share_type"), rs.getString("conditions"),
                rs.getString("legal_basis"), rs.getString("update_frequency"), rs.getString("subject_kind"),
                rs.getString("fields"), serves.isBlank() ? List.of() : Arrays.asList(serves.split("、")),
                rs.getString("endpoint"));
    }
}
