package io.onewindow.catalog.internal;

import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceGuide;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class CatalogRepository {

    private static final String VERSION_SELECT = """
            select v.*, i.code from catalog_item_version v join catalog_item i on i.id = v.item_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertItem(UUID id, String code, String departmentId, String regionId) {
        jdbc.sql("insert into catalog_item (id, code, department_id, region_id) values (?, ?, ?, ?)")
                .params(id, code, departmentId, regionId).update();
    }

    /** Next free code for a department and type, e.g. {@code 511100-SCJGJ-XK-0007}. */
    String nextCode(String departmentId, String typeCode) {
        String prefix = departmentId + "-" + typeCode + "-";
        int max = jdbc.sql("select coalesce(max(cast(substring(code from ?) as int)), 0) from catalog_item where code like ?")
                .params(prefix.length() + 1, prefix + "%").query(Integer.class).single();
        return prefix + String.format("%04d", max + 1);
    }

    boolean codeExists(String code) {
        return jdbc.sql("select count(*) from catalog_item where code = ?").param(code).query(Integer.class).single() > 0;
    }

    void insertVersion(UUID id, UUID itemId, int version, ItemVersion.Status status, ServiceGuide guide, String bpmn,
            String createdBy) {
        jdbc.sql("""
                insert into catalog_item_version (id, item_id, version, status, guide, bpmn_xml, created_by)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(id, itemId, version, status.name(), json.writeValueAsString(guide), bpmn, createdBy).update();
    }

    int updateDraft(UUID versionId, ServiceGuide guide, String bpmn) {
        return jdbc.sql("update catalog_item_version set guide = cast(? as jsonb), bpmn_xml = ? where id = ? and status = 'DRAFT'")
                .params(json.writeValueAsString(guide), bpmn, versionId).update();
    }

    int submit(UUID versionId, String by) {
        return jdbc.sql("""
                update catalog_item_version set status = 'IN_REVIEW', submitted_by = ?, submitted_at = now(), review_note = null
                where id = ? and status = 'DRAFT'""").params(by, versionId).update();
    }

    int reject(UUID versionId, String note) {
        return jdbc.sql("update catalog_item_version set status = 'DRAFT', review_note = ? where id = ? and status = 'IN_REVIEW'")
                .params(note, versionId).update();
    }

    int publish(UUID versionId, String by) {
        publishedHere();
        return jdbc.sql("""
                update catalog_item_version set status = 'PUBLISHED', published_by = ?, published_at = now()
                where id = ? and status = 'IN_REVIEW'""").params(by, versionId).update();
    }

    /** Publications by this node, counted when they commit: the index looks at the database at once after one. */
    private final java.util.concurrent.atomic.AtomicLong localPublications = new java.util.concurrent.atomic.AtomicLong();

    long localPublications() {
        return localPublications.get();
    }

    void publishedHere() {
        io.onewindow.platform.AfterCommit.run(localPublications::incrementAndGet);
    }

    public Optional<ItemVersion> version(UUID id) {
        return jdbc.sql(VERSION_SELECT + " where v.id = ?").param(id).query(this::map).optional();
    }

    public List<ItemVersion> versions(String code) {
        return jdbc.sql(VERSION_SELECT + " where i.code = ? order by v.version desc").param(code).query(this::map).list();
    }

    public Optional<ItemVersion> versionOf(String code, int version) {
        return jdbc.sql(VERSION_SELECT + " where i.code = ? and v.version = ?").params(code, version).query(this::map).optional();
    }

    Optional<ItemVersion> openVersion(String code) {
        return jdbc.sql(VERSION_SELECT + " where i.code = ? and v.status <> 'PUBLISHED'").param(code).query(this::map).optional();
    }

    public Optional<ItemVersion> currentPublished(String code) {
        return jdbc.sql(VERSION_SELECT + " where i.code = ? and v.status = 'PUBLISHED' order by v.version desc limit 1")
                .param(code).query(this::map).optional();
    }

    public List<ItemVersion> allCurrentPublished() {
        return jdbc.sql("select * from catalog_current order by code").query(this::map).list();
    }

    /** The newest version of each item of a department (whatever its status), for the department's list. */
    public List<ItemVersion> latestOfDepartment(String departmentId) {
        return jdbc.sql("""
                select distinct on (v.item_id) v.*, i.code
                from catalog_item_version v join catalog_item i on i.id = v.item_id
                where i.department_id = ? order by v.item_id, v.version desc""")
                .param(departmentId).query(this::map).list().stream()
                .sorted(java.util.Comparator.comparing(ItemVersion::code)).toList();
    }

    public List<ItemVersion> inReview() {
        return jdbc.sql(VERSION_SELECT + " where v.status = 'IN_REVIEW' order by v.submitted_at").query(this::map).list();
    }

    Optional<String> departmentOf(String code) {
        return jdbc.sql("select department_id from catalog_item where code = ?").param(code).query(String.class).optional();
    }

    /** Changes whenever anything is published anywhere: the search index compares it to know when to rebuild. */
    String publicationStamp() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(published_at)::text, '') from catalog_item_version where status = 'PUBLISHED'")
                .query(String.class).single();
    }

    long itemCount() {
        return jdbc.sql("select count(*) from catalog_item").query(Long.class).single();
    }

    private ItemVersion map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new ItemVersion(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class), rs.getString("code"),
                rs.getInt("version"), ItemVersion.Status.valueOf(rs.getString("status")),
                json.readValue(rs.getString("guide"), ServiceGuide.class), rs.getString("bpmn_xml"),
                rs.getString("created_by"), created == null ? null : created.toInstant(), rs.getString("submitted_by"),
                rs.getString("review_note"), rs.getString("published_by"),
                published == null ? null : published.toInstant());
    }
}
