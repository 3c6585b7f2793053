package io.onewindow.casework.internal;

import io.onewindow.casework.Cases;
import io.onewindow.catalog.Catalog;
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
        return cases.find(caseId).map(c -> new CaseInfo(c.id(), c.number(), c.itemCode(),
                catalog.version(c.itemCode(), c.itemVersion()).map(v -> v.guide().name()).orElse(c.itemCode()),
                c.departmentId(), c.intakeHallId(), c.submittedBy(), c.status(), c.applicantAccount(), c.agentAccount(),
                c.applicantName()));
    }
}
