package io.onewindow.casework.internal;

import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.catalog.FormField;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.People;
import io.onewindow.platform.OneWindowException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who an application is for, from the signed-in account or an identifier, and what their profile prefills (智能预填). */
@Component
class Applicants {

    private final People people;

    Applicants(People people) {
        this.people = people;
    }

    /** The signed-in citizen or enterprise as an applicant. */
    Applicant of(CurrentUser user) {
        if (user.kind() == AccountKind.CITIZEN) {
            var citizen = people.citizen(user.partyId()).orElseThrow(CaseAccess::notFound);
            String masked = citizen.maskedIdNumber();
            return new Applicant("CITIZEN", citizen.id(), citizen.name(), masked.substring(masked.length() - 4),
                    user.accountId());
        }
        var enterprise = people.enterprise(user.partyId()).orElseThrow(CaseAccess::notFound);
        String code = enterprise.creditCode();
        return new Applicant("ENTERPRISE", enterprise.id(), enterprise.name(), code.substring(code.length() - 4),
                user.accountId());
    }

    /**
     * A registered person or enterprise found by ID number or credit code (窗口受理, 代理申请), with their own account
     * when they have one, so that a case taken at a window is theirs online too (我的办件, notices, 好差评).
     */
    Applicant identify(String number) {
        String n = number == null ? "" : number.strip().toUpperCase();
        if (n.length() == 18 && Character.isDigit(n.charAt(0)) && people.citizenByIdNumber(n).isPresent()) {
            var c = people.citizenByIdNumber(n).get();
            return new Applicant("CITIZEN", c.id(), c.name(), n.substring(14), people.accountOf(c.id()).orElse(null));
        }
        var e = people.enterpriseByCreditCode(n);
        if (e.isPresent()) {
            return new Applicant("ENTERPRISE", e.get().id(), e.get().name(), n.substring(14),
                    people.accountOf(e.get().id()).orElse(null));
        }
        throw new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "未找到证件号码为 " + io.onewindow.platform.Masking.residentId(n)
                + " 的实名个人或法人，请核对号码，或先为申请人办理实名登记");
    }

    /** 智能预填 from the applicant's verified profile. */
    Map<String, String> prefill(ServiceGuide g, Applicant a) {
        Map<String, String> form = new LinkedHashMap<>();
        for (FormField f : g.form()) {
            form.put(f.key(), prefillValue(f.prefill(), a));
        }
        return form;
    }

    private String prefillValue(String source, Applicant a) {
        if (source == null) {
            return "";
        }
        boolean citizen = a.kind().equals("CITIZEN");
        return switch (source) {
            case "profile.name" -> citizen ? a.name() : "";
            case "profile.idNumber" -> citizen ? people.citizen(a.id()).map(c -> c.maskedIdNumber()).orElse("") : "";
            case "profile.phone" -> citizen ? people.phoneOf(a.id()).orElse("") : "";
            case "enterprise.name" -> citizen ? "" : a.name();
            case "enterprise.creditCode" -> citizen ? "" : people.enterprise(a.id()).map(e -> e.creditCode()).orElse("");
            case "enterprise.legalRepresentative" -> citizen ? ""
                    : people.enterprise(a.id()).map(e -> e.legalRepresentative()).orElse("");
            default -> "";
        };
    }
}
