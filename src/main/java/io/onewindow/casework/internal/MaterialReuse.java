package io.onewindow.casework.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 电子材料智能匹配: a material the applicant handed in for an earlier case — same name in the 一单, submitted within
 * {@link #VALID_DAYS} days — is offered for this one; the applicant's click is the consent, recorded in the case's
 * events and the audit log with where the copy came from. The file is copied, so the two cases never share one.
 */
@Service
public class MaterialReuse {

    static final int VALID_DAYS = 180;

    /** An earlier upload that can serve a material of this case. */
    public record Offer(int index, UUID uploadId, String fileName, String fromNumber, LocalDate uploadedOn) {
    }

    private record Earlier(UUID id, String number, String itemCode, int itemVersion) {
    }

    private final JdbcClient jdbc;
    private final MaterialRepository materials;
    private final Catalog catalog;
    private final Materials uploads;
    private final FileStore files;
    private final CaseRepository cases;
    private final AuditLog auditLog;
    private final Applications applications;

    MaterialReuse(JdbcClient jdbc, MaterialRepository materials, Catalog catalog, Materials uploads, FileStore files,
            CaseRepository cases, AuditLog auditLog, Applications applications) {
        this.applications = applications;
        this.jdbc = jdbc;
        this.materials = materials;
        this.catalog = catalog;
        this.uploads = uploads;
        this.files = files;
        this.cases = cases;
        this.auditLog = auditLog;
    }

    /** For each material the applicant must hand in and has not: the newest matching earlier upload. */
    public Map<Integer, Offer> offers(CaseRecord c, ServiceGuide g) {
        Set<Integer> uploaded = materials.ofCase(c.id()).stream().map(MaterialRepository.Upload::materialIndex)
                .collect(Collectors.toSet());
        Map<String, Integer> wanted = new HashMap<>();
        for (int i = 0; i < g.materials().size(); i++) {
            Material m = g.materials().get(i);
            if ((m.source() == Material.Source.APPLICANT || m.source() == Material.Source.SHARED_DATA) && !uploaded.contains(i)) {
                wanted.putIfAbsent(m.name(), i);
            }
        }
        Map<Integer, Offer> offers = new HashMap<>();
        if (wanted.isEmpty()) {
            return offers;
        }
        for (Earlier e : earlier(c)) {
            var guide = catalog.version(e.itemCode(), e.itemVersion()).map(v -> v.guide()).orElse(null);
            for (var u : guide == null ? List.<MaterialRepository.Upload>of() : materials.ofCase(e.id())) {
                if (u.materialIndex() < 0 || u.materialIndex() >= guide.materials().size()) {
                    continue;
                }
                Integer index = wanted.get(guide.materials().get(u.materialIndex()).name());
                if (index != null && !offers.containsKey(index)) {
                    offers.put(index, new Offer(index, u.id(), u.fileName(), e.number(),
                            u.uploadedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate()));
                }
            }
        }
        return offers;
    }

    /** Copies the earlier upload into this case's material slot, after checking it is one of the offers. */
    @Transactional
    public void reuse(UUID caseId, int index, UUID fromUpload) {
        CaseRecord c = applications.editable(caseId); // only the applicant's side, while the case can still change
        Offer offer = offers(c, catalog.version(c.itemCode(), c.itemVersion()).orElseThrow().guide()).get(index);
        if (offer == null || !offer.uploadId().equals(fromUpload)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "该材料不能复用：只能复用您本人 " + VALID_DAYS
                    + " 天内提交过的同名材料");
        }
        var source = jdbc.sql("select file_id, sha256 from casework_material where id = ?").param(fromUpload)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        byte[] content = files.get(source[0]).orElseThrow(() -> new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT,
                "原材料文件已不存在，请重新上传"));
        var copy = uploads.upload(caseId, index, offer.fileName(), content);
        cases.event(caseId, CurrentUsers.current().orElseThrow().displayName(), "MATERIAL_REUSED",
                "经申请人同意，复用办件 " + offer.fromNumber() + " 中的材料：" + offer.fileName());
        auditLog.record("CASE_MATERIAL_REUSED", "casework.case", caseId.toString(), null, Map.of("material", index,
                "fromUpload", fromUpload.toString(), "fromCase", offer.fromNumber(), "sha256", copy.sha256(),
                "consent", "申请人点击“复用”"));
    }

    private List<Earlier> earlier(CaseRecord c) {
        return jdbc.sql("""
                select id, number, item_code, item_version from casework_case
                where applicant_id = ? and id <> ? and status <> 'DRAFT' and number is not null
                  and submitted_at > now() - make_interval(days => ?) order by submitted_at desc limit 20""")
                .params(c.applicantId(), c.id(), VALID_DAYS)
                .query((rs, n) -> new Earlier(rs.getObject("id", UUID.class), rs.getString("number"),
                        rs.getString("item_code"), rs.getInt("item_version"))).list();
    }
}
