package io.onewindow.casework.internal;

import io.onewindow.casework.Cases;
import io.onewindow.catalog.Catalog;
import io.onewindow.platform.Masking;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class CasesFacade implements Cases {

    private final CaseRepository cases;
    private final Catalog catalog;

    CasesFacade(CaseRepository cases, Catalog catalog) {
        this.cases = cases;
        this.catalog = catalog;
    }

    @Override
    public Optional<CaseInfo> find(UUID caseId) {
        return cases.find(caseId).map(c -> {
            String phone = c.form().get("phone");
            // the last step someone (or the 秒批 rules) took on the case: who a 差评 is about
            List<CaseRepository.CaseEvent> events = cases.events(caseId);
            CaseRepository.CaseEvent last = null;
            for (CaseRepository.CaseEvent e : events) {
                if (!"SUBMITTED".equals(e.type()) && !e.actor().equals(c.applicantName())) {
                    last = e;
                }
            }
            return new CaseInfo(c.id(), c.number(), c.itemCode(),
                    catalog.version(c.itemCode(), c.itemVersion()).map(v -> v.guide().name()).orElse(c.itemCode()),
                    c.departmentId(), c.intakeHallId(), c.submittedBy(), c.status(), c.applicantAccount(), c.agentAccount(),
                    c.applicantName(), phone == null || phone.isBlank() ? null : Masking.phone(phone),
                    last == null ? null : last.actor(), last == null ? null : last.note());
        });
    }

}
