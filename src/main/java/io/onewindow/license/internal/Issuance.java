package io.onewindow.license.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.CaseApproved;
import io.onewindow.identity.PartyKind;
import io.onewindow.identity.People;
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

    Issuance(LicenseRepository licenses, LicenseTypes types, Seals seals, People people, AuditLog auditLog, City city) {
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
        if (r.caseId() != null) {
            // never two valid licences of one type for one holder: a new one from a case replaces the old (换发/补发)
            for (String old : licenses.supersede(r.holderId(), r.type().code(), id, number)) {
                auditLog.record("LICENSE_SUPERSEDED", "license.license", old, Map.of("status", "VALID"),
                        Map.of("status", "CHANGED", "replacedBy", id));
            }
        }
        return id;
    }
}
