package io.onewindow.casework.internal;

import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.casework.HeldLicenses;
import io.onewindow.casework.KnownFigures;
import io.onewindow.catalog.FormField;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.People;
import io.onewindow.platform.OneWindowException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Who an application is for, from the signed-in account or an identifier, and what their profile prefills (智能预填). */
@Component
class Applicants {

    private final People people;
    private final ObjectProvider<HeldLicenses> licenses;
    private final ObjectProvider<KnownFigures> figures;

    Applicants(People people, ObjectProvider<HeldLicenses> licenses, ObjectProvider<KnownFigures> figures) {
        this.people = people;
        this.licenses = licenses;
        this.figures = figures;
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

    /**
     * 智能预填: every field whose guide names a source is filled from it — the verified profile, the 经办人 signed in
     * for an enterprise, a held electronic licence ({@code license:营业执照.住所}) or a department's figure
     * ({@code fact:RND_SPENDING}). {@code actor} is who fills the form in (the applicant online, a clerk at a window).
     */
    Map<String, String> prefill(ServiceGuide g, Applicant a, CurrentUser actor) {
        Map<String, String> form = new LinkedHashMap<>();
        for (FormField f : g.form()) {
            form.put(f.key(), prefillValue(f.prefill(), a, actor));
        }
        return form;
    }

    /** Where a prefilled field came from, in words for the applicant ("电子证照“营业执照”"), or null. */
    String sourceOf(String source, Applicant a) {
        if (source == null || source.isBlank()) {
            return null;
        }
        if (source.startsWith("license:")) {
            return "电子证照“" + source.substring("license:".length()).split("\\.")[0] + "”";
        }
        if (source.startsWith("fact:")) {
            return Optional.ofNullable(figures.getIfAvailable()).flatMap(k -> k.of(a.id(), source.substring("fact:".length())))
                    .map(x -> x.source() + "（" + x.asOf() + "）").orElse(null);
        }
        return source.startsWith("enterprise.") ? "法人登记信息" : "实名认证信息";
    }

    private String prefillValue(String source, Applicant a, CurrentUser actor) {
        if (source == null) {
            return "";
        }
        boolean citizen = a.kind().equals("CITIZEN");
        if (source.startsWith("license:")) {
            String[] typeAndItem = source.substring("license:".length()).split("\\.", 2);
            return Optional.ofNullable(licenses.getIfAvailable()).flatMap(h -> h.latest(a.id(), typeAndItem[0]))
                    .filter(HeldLicenses.HeldLicense::usable)
                    .map(l -> l.data().getOrDefault(typeAndItem.length > 1 ? typeAndItem[1] : "", "")).orElse("");
        }
        if (source.startsWith("fact:")) {
            return citizen ? "" : Optional.ofNullable(figures.getIfAvailable())
                    .flatMap(k -> k.of(a.id(), source.substring("fact:".length()))).map(KnownFigures.Figure::value).orElse("");
        }
        return switch (source) {
            // for an enterprise the 经办人 is whoever signed in for it online (not known at a window)
            case "profile.name" -> citizen ? a.name()
                    : actor != null && actor.kind() == AccountKind.ENTERPRISE ? actor.displayName() : "";
            case "profile.idNumber" -> citizen ? people.citizen(a.id()).map(c -> c.maskedIdNumber()).orElse("") : "";
            // a child has no phone of their own: their guardian's, who applies for them
            case "profile.phone" -> !citizen ? "" : people.phoneOf(a.id()).or(() -> actor != null
                    && actor.kind() == AccountKind.CITIZEN ? people.phoneOf(actor.partyId()) : Optional.empty()).orElse("");
            case "enterprise.name" -> citizen ? "" : a.name();
            case "enterprise.creditCode" -> citizen ? "" : people.enterprise(a.id()).map(e -> e.creditCode()).orElse("");
            case "enterprise.legalRepresentative" -> citizen ? ""
                    : people.enterprise(a.id()).map(e -> e.legalRepresentative()).orElse("");
            default -> "";
        };
    }
}
