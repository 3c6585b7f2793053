package io.onewindow.license.internal;

import io.onewindow.license.License;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class LicenseRepository {

    private static final String SELECT = """
            select l.*, t.name as type_name, s.department_name as issuer_name
            from license_license l join license_type t on t.code = l.type_code
            left join license_seal s on s.department_id = l.issuer_department
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final VerificationCache cache;

    LicenseRepository(JdbcClient jdbc, JsonMapper json, VerificationCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.json = json;
    }

    record NewLicense(String id, String typeCode, String number, String holderKind, UUID holderId, String holderName,
            String holderCode, String holderCodeType, String issuerDepartment, LocalDate issuedOn, LocalDate validFrom,
            LocalDate validUntil, String regionCode, String payload, String signature, String keyId, UUID caseId) {
    }

    void insert(NewLicense l) {
        jdbc.sql("""
                insert into license_license (id, type_code, number, holder_kind, holder_id, holder_name, holder_code,
                    holder_code_type, issuer_department, issued_on, valid_from, valid_until, region_code, payload,
                    signature, key_id, status, case_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALID', ?)""")
                .params(l.id(), l.typeCode(), l.number(), l.holderKind(), l.holderId(), l.holderName(), l.holderCode(),
                        l.holderCodeType(), l.issuerDepartment(), l.issuedOn(), l.validFrom(), l.validUntil(),
                        l.regionCode(), l.payload(), l.signature(), l.keyId(), l.caseId())
                .update();
    }

    long nextNumber() {
        return jdbc.sql("select nextval('license_number_seq')").query(Long.class).single();
    }

    boolean issuedForCase(UUID caseId) {
        return jdbc.sql("select count(*) from license_license where case_id = ?").param(caseId).query(Integer.class).single() > 0;
    }

    public Optional<License> find(String id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(this::map).optional();
    }

    public List<License> ofHolder(UUID holderId) {
        return jdbc.sql(SELECT + " where l.holder_id = ? order by l.issued_on desc, l.created_at desc").param(holderId)
                .query(this::map).list();
    }

    public List<License> ofIssuer(String departmentId) {
        return jdbc.sql(SELECT + " where l.issuer_department = ? order by l.created_at desc limit 500").param(departmentId)
                .query(this::map).list();
    }

    int markChanged(String id, String replacedBy) {
        cache.licencesChanged(java.util.List.of(id));
        return jdbc.sql("update license_license set status = 'CHANGED', status_reason = '已变更', status_at = now(), replaced_by = ? where id = ? and status = 'VALID'")
                .params(replacedBy, id).update();
    }

    /** 换发/补发: the holder's valid licences of a type, other than the new one, are replaced by it. */
    List<String> supersede(UUID holderId, String typeCode, String newId, String newNumber) {
        List<String> replaced = jdbc.sql("""
                update license_license set status = 'CHANGED', status_reason = ?, status_at = now(), replaced_by = ?
                where holder_id = ? and type_code = ? and status = 'VALID' and id <> ? returning id""")
                .params("已换发，新证编号 " + newNumber, newId, holderId, typeCode, newId).query(String.class).list();
        cache.licencesChanged(replaced);
        return replaced;
    }

    int revoke(String id, String reason) {
        cache.licencesChanged(java.util.List.of(id));
        return jdbc.sql("update license_license set status = 'REVOKED', status_reason = ?, status_at = now() where id = ? and status = 'VALID'")
                .params(reason, id).update();
    }

    private License map(ResultSet rs, int n) throws SQLException {
        Map<String, Object> payload = json.readValue(rs.getString("payload"), new TypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        Map<String, String> data = (Map<String, String>) payload.getOrDefault("data", Map.of());
        return new License(rs.getString("id"), rs.getString("type_code"), rs.getString("type_name"), rs.getString("number"),
                rs.getString("holder_kind"), rs.getObject("holder_id", UUID.class), rs.getString("holder_name"),
                rs.getString("holder_code"), rs.getString("holder_code_type"), rs.getString("issuer_department"),
                rs.getString("issuer_name"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getString("region_code"), data, rs.getString("status"), rs.getString("status_reason"),
                LicenseTokens.token(rs.getString("payload"), rs.getString("signature"), rs.getString("key_id")));
    }
}
