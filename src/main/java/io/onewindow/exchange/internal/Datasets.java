package io.onewindow.exchange.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The 数据资源目录 and the 责任清单. */
@Repository
public class Datasets {

    /**
     * One dataset of the catalogue. {@code sourceTable}: where the in-platform provider keeps its records;
     * {@code endpoint}: the department's own system, when it answers instead.
     */
    public record Dataset(String code, String name, String providerDepartmentId, String providerName, String shareType,
            String conditions, String legalBasis, String updateFrequency, String subjectKind, List<Field> fields,
            List<String> serves, String endpoint, String sourceTable) {

        public String shareTypeLabel() {
            return switch (shareType) {
                case "UNCONDITIONAL" -> "无条件共享";
                case "CONDITIONAL" -> "有条件共享";
                default -> "不予共享";
            };
        }
    }

    /** A field of a dataset; {@code column}: its column in the in-platform provider's table. */
    public record Field(String name, String column, String type, boolean personal) {
    }

    /** One line of the 数据共享责任清单. */
    public record Duty(String datasetCode, String datasetName, String departmentName, String task, LocalDate dueOn,
            LocalDate deliveredOn) {

        public boolean overdue(LocalDate today) {
            return deliveredOn == null ? today.isAfter(dueOn) : deliveredOn.isAfter(dueOn);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        return choose(servingAny(List.of(materialName)), materialName, providerHint);
    }

    /** The datasets serving any of these 一单 material names, in one query; pick per material with {@link #choose}. */
    List<Dataset> servingAny(Collection<String> materialNames) {
        return jdbc.sql(SELECT + """
                 where string_to_array(d.serves, '、') && string_to_array(?, chr(31)) order by d.code""")
                .param(String.join("\u001f", materialNames)).query(Datasets::dataset).list();
    }

    /** Among candidates, the dataset serving the material, the named provider department's first. */
    static Optional<Dataset> choose(List<Dataset> candidates, String materialName, String providerHint) {
        return candidates.stream().filter(d -> d.serves().contains(materialName))
                .min(Comparator.comparing((Dataset d) -> !d.providerName().equals(providerHint)).thenComparing(Dataset::code));
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
                fields(rs.getString("fields")), serves.isBlank() ? List.of() : Arrays.asList(serves.split("、")),
                rs.getString("endpoint"), rs.getString("source_table"));
    }

    private static List<Field> fields(String json) {
        List<Field> fields = new ArrayList<>();
        JSON.readTree(json).forEach(f -> fields.add(new Field(f.path("name").asString(), f.path("column").asString(null),
                f.path("type").asString(), f.path("personal").asBoolean(false))));
        return List.copyOf(fields);
    }
}
