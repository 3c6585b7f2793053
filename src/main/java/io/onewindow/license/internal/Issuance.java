package io.onewindow.license.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.CaseApproved;
import io.onewindow.identity.Citizen;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.Guardianships;
import io.onewindow.identity.NewBirth;
import io.onewindow.identity.NewEstablishment;
import io.onewindow.identity.PartyKind;
import io.onewindow.identity.People;
import io.onewindow.identity.Registrations;
import io.onewindow.platform.City;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues electronic licences under the issuing department's seal: from an approved case ({@link CaseApproved},
 * delivered through the event publication registry, so an approval committed before a crash still yields its
 * licence after the restart) or directly (backlog import, demo data).
 */
@Service
public class Issuance {

    private static final Logger log = LoggerFactory.getLogger(Issuance.class);

    /** What a new licence says. {@code validUntil} null means 长期. */
    public record Request(LicenseTypes.Type type, String holderKind, UUID holderId, String holderName, String holderCode,
            String issuerDepartment, String regionCode, LocalDate issuedOn, LocalDate validUntil, Map<String, String> data,
            UUID caseId) {
    }

    private final LicenseRepository licenses;
    private final LicenseTypes types;
    private final Seals seals;
    private final People people;
    private final AuditLog auditLog;

    private final City city;
    private final Registrations registrations;
    private final Guardianships guardianships;

    Issuance(LicenseRepository licenses, LicenseTypes types, Seals seals, People people, AuditLog auditLog, City city,
            Registrations registrations, Guardianships guardianships) {
        this.guardianships = guardianships;
        this.registrations = registrations;
        this.city = city;
        this.licenses = licenses;
        this.types = types;
        this.seals = seals;
        this.people = people;
        this.auditLog = auditLog;
    }

    @ApplicationModuleListener
    public void on(CaseApproved approved) {
        if (approved.resultLicenseType() == null || licenses.issuedForCase(approved.caseId())) {
            return;
        }
        if (establishes(approved)) {
            issueToNewEntity(approved);
            return;
        }
        if (registersBirth(approved)) {
            issueToNewborn(approved);
            return;
        }
        boolean citizen = approved.applicantKind() == PartyKind.CITIZEN;
        LicenseTypes.Type type = types.ensure(approved.resultLicenseType(), approved.applicantKind().name(),
                approved.departmentId(), approved.validity());
        String code = citizen ? people.citizen(approved.applicantId()).map(c -> c.maskedIdNumber()).orElse("")
                : people.enterprise(approved.applicantId()).map(e -> e.creditCode()).orElse("");
        Map<String, String> data = new LinkedHashMap<>(approved.particulars());
        data.put("办理事项", approved.itemName());
        data.put("办件编号", approved.number());
        LocalDate until = type.validityYears() == null ? null : approved.decidedOn().plusYears(type.validityYears()).minusDays(1);
        String id = issue(new Request(type, approved.applicantKind().name(), approved.applicantId(), approved.applicantName(), code,
                approved.departmentId(), approved.regionId().matches("\\d{6}") ? approved.regionId() : city.regionCode(),
                approved.decidedOn(), until, data, approved.caseId()));
        log.info("Issued licence {} ({}) for case {}", id, type.name(), approved.number());
    }

    /** A 营业执照 decided for a person: 设立登记 — the licence belongs to the 市场主体 the decision establishes. */
    static boolean establishes(CaseApproved approved) {
        return "营业执照".equals(approved.resultLicenseType()) && approved.applicantKind() == PartyKind.CITIZEN;
    }

    /**
     * Registers the new 个体工商户 or enterprise (identity assigns its credit code) and issues its 营业执照 to it; the
     * founder holds it in their wallet as its 经营者 or 法定代表人.
     */
    private void issueToNewEntity(CaseApproved approved) {
        Map<String, String> p = approved.particulars();
        boolean individual = approved.itemName().contains("个体工商户");
        String name = p.getOrDefault(individual ? "个体工商户名称" : "企业名称", p.getOrDefault("名称", approved.applicantName()));
        // the form's choice reads "H6291 小吃服务": the GB/T 4754 code comes first
        String industry = p.getOrDefault("所属行业", "F5299").split("\\s+")[0];
        String region = approved.regionId() != null && approved.regionId().matches("\\d{6}") ? approved.regionId() : city.regionCode();
        Enterprise entity = registrations.establish(new NewEstablishment(individual, region, name, approved.applicantId(),
                industry, approved.decidedOn(), approved.caseId()));
        LicenseTypes.Type type = types.ensure(approved.resultLicenseType(), PartyKind.ENTERPRISE.name(), approved.departmentId(),
                approved.validity());
        Map<String, String> data = new LinkedHashMap<>();
        data.put("统一社会信用代码", entity.creditCode());
        data.put("名称", entity.name());
        data.put("类型", individual ? "个体工商户" : "有限责任公司");
        data.put(individual ? "经营者" : "法定代表人", entity.legalRepresentative());
        p.forEach((k, v) -> {
            if (!k.equals("个体工商户名称") && !k.equals("企业名称")) {
                data.put(k, v);
            }
        });
        data.put("办理事项", approved.itemName());
        data.put("办件编号", approved.number());
        String id = issue(new Request(type, PartyKind.ENTERPRISE.name(), entity.id(), entity.name(), entity.creditCode(),
                approved.departmentId(), region, approved.decidedOn(), null, data, approved.caseId()));
        log.info("设立登记 {}: {} {}, licence {}", approved.number(), entity.creditCode(), entity.name(), id);
    }

    /** 出生登记 decided: the 居民户口簿 (新生儿登记页) is the child's, who becomes a citizen by this decision. */
    static boolean registersBirth(CaseApproved approved) {
        return "居民户口簿".equals(approved.resultLicenseType()) && approved.applicantKind() == PartyKind.CITIZEN
                && approved.particulars().containsKey("新生儿姓名");
    }

    /**
     * Registers the child (identity assigns the 公民身份号码; the declaring parent is guardian) and issues the
     * household-register page to the child; the guardian holds it in their wallet.
     */
    private void issueToNewborn(CaseApproved approved) {
        Map<String, String> p = approved.particulars();
        LocalDate born;
        try {
            born = LocalDate.parse(p.getOrDefault("出生日期", ""));
        } catch (java.time.format.DateTimeParseException e) {
            born = approved.decidedOn(); // the form checks dates; an old draft's odd value must not lose the licence
        }
        Citizen child = guardianships.registerBirth(new NewBirth(approved.applicantId(), p.get("新生儿姓名"),
                p.getOrDefault("新生儿性别", "男"), born, p.getOrDefault("申报人与新生儿关系", "其他监护人"), approved.caseId()));
        LicenseTypes.Type type = types.ensure(approved.resultLicenseType(), PartyKind.CITIZEN.name(), approved.departmentId(),
                approved.validity());
        Map<String, String> data = new LinkedHashMap<>();
        data.put("姓名", child.name());
        data.put("性别", child.sex());
        data.put("出生日期", child.birthDate().toString());
        data.put("公民身份号码", child.maskedIdNumber());
        data.put("与申报人关系", "父亲".equals(p.get("申报人与新生儿关系")) || "母亲".equals(p.get("申报人与新生儿关系"))
                ? ("男".equals(child.sex()) ? "子" : "女") : "被监护人");
        data.put("监护人", approved.applicantName());
        data.put("登记事由", "出生登记");
        data.put("办理事项", approved.itemName());
        data.put("办件编号", approved.number());
        String region = approved.regionId() != null && approved.regionId().matches("\\d{6}") ? approved.regionId() : city.regionCode();
        String id = issue(new Request(type, PartyKind.CITIZEN.name(), child.id(), child.name(), child.maskedIdNumber(),
                approved.departmentId(), region, approved.decidedOn(), null, data, approved.caseId()));
        log.info("出生登记 {}: child registered, licence {}", approved.number(), id);
    }

    /** Signs and stores a licence with a new number; returns its 证照标识. */
    @Transactional
    public String issue(Request r) {
        return issue(r, r.type().code() + r.issuedOn().getYear() + String.format("%06d", licenses.nextNumber()));
    }

    /** Signs and stores a licence under a given number (a licence issued before the platform). */
    @Transactional
    public String issue(Request r, String number) {
        String id = r.type().code() + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
        var seal = seals.sealOf(r.issuerDepartment());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("format", "OneWindow-License/1");
        payload.put("id", id);
        payload.put("typeCode", r.type().code());
        payload.put("typeName", r.type().name());
        payload.put("number", number);
        payload.put("holderName", r.holderName());
        payload.put("holderCode", r.holderCode());
        payload.put("holderCodeType", "CITIZEN".equals(r.holderKind()) ? "111" : "001");
        payload.put("issuer", seal.departmentName());
        payload.put("issuerCode", r.issuerDepartment());
        payload.put("issuedOn", r.issuedOn().toString());
        payload.put("validFrom", r.issuedOn().toString());
        payload.put("validUntil", r.validUntil() == null ? "长期" : r.validUntil().toString());
        payload.put("regionCode", r.regionCode());
        payload.put("data", r.data());
        String canonical = Jcs.canonical(payload);
        String signature = seals.sign(r.issuerDepartment(), canonical.getBytes(StandardCharsets.UTF_8));
        licenses.insert(new LicenseRepository.NewLicense(id, r.type().code(), number, r.holderKind(), r.holderId(),
                r.holderName(), r.holderCode(), "CITIZEN".equals(r.holderKind()) ? "111" : "001", r.issuerDepartment(),
                r.issuedOn(), r.issuedOn(), r.validUntil(), r.regionCode(), canonical, signature, seal.keyId(), r.caseId()));
        auditLog.record("LICENSE_ISSUED", "license.license", id, null,
                Map.of("type", r.type().name(), "number", number, "issuer", r.issuerDepartment()));
        if (r.caseId() != null && LicenseTypes.ONE_PER_HOLDER.contains(r.type().name())) {
            // never two valid personal documents of one type: a new one from a case replaces the old (换发/补发)
            for (String old : licenses.supersede(r.holderId(), r.type().code(), id, number)) {
                auditLog.record("LICENSE_SUPERSEDED", "license.license", old, Map.of("status", "VALID"),
                        Map.of("status", "CHANGED", "replacedBy", id));
            }
        }
        return id;
    }
}
