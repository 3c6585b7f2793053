package io.onewindow.casework.internal;

import io.onewindow.casework.HeldLicenses;
import io.onewindow.casework.SharedMaterials;
import io.onewindow.catalog.ServiceGuide;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a case's materials come from besides the applicant: the electronic licences they hold (免提交) and the
 * records fetched from other departments (部门共享).
 */
@Component
public class MaterialSources {

    private final ObjectProvider<HeldLicenses> heldLicenses;
    private final SharedFetches shared;
    private final TransactionTemplate separate;

    MaterialSources(ObjectProvider<HeldLicenses> heldLicenses, SharedFetches shared, PlatformTransactionManager transactions) {
        this.heldLicenses = heldLicenses;
        this.shared = shared;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** 免提交: for each material that comes from an electronic licence, the applicant's licence of that type. */
    public Map<Integer, HeldLicenses.HeldLicense> linkedLicenses(CaseRecord c, ServiceGuide g) {
        Map<Integer, HeldLicenses.HeldLicense> linked = new HashMap<>();
        for (int i = 0; i < g.materials().size(); i++) {
            var m = g.materials().get(i);
            // of alternatives (居民身份证、居民户口簿) the first usable one, else the first held
            HeldLicenses h = heldLicenses.getIfAvailable();
            if (h != null) {
                List<HeldLicenses.HeldLicense> held = m.licenseTypes().stream().map(t -> h.latest(c.applicantId(), t))
                        .flatMap(java.util.Optional::stream).toList();
                int index = i;
                held.stream().filter(HeldLicenses.HeldLicense::usable).findFirst().or(() -> held.stream().findFirst())
                        .ifPresent(l -> linked.put(index, l));
            }
        }
        return linked;
    }

    /** The case's 部门共享 materials as fetched at submission (by 一单 index). */
    public Map<Integer, SharedMaterials.Fetch> shared(UUID caseId) {
        return shared.of(caseId);
    }

    /**
     * 部门共享 at submission: each shared material not yet fetched (nor uploaded) is fetched and kept with its query
     * in its own transaction — so a failed pre-check still shows the applicant why and what to upload.
     *
     * @param retryFailed ask again for those that failed before: only outside a transaction (before submitting), so
     *                    no provider is waited for while a connection is held
     */
    Map<Integer, SharedMaterials.Fetch> fetchShared(CaseRecord c, ServiceGuide g, Set<Integer> uploaded, boolean retryFailed) {
        var known = shared.of(c.id());
        var fetched = shared.fetch(g, c.applicantKind(), c.applicantId(), purpose(g, c.id()), known, uploaded, retryFailed);
        if (!fetched.equals(known)) {
            separate.executeWithoutResult(s -> shared.save(c.id(), fetched));
        }
        return fetched;
    }

    /** What a query served, as the person it is about reads it on 我的数据使用记录. */
    static String purpose(ServiceGuide g, UUID caseId) {
        return "办理“" + g.name() + "”（办件 " + caseId + "）";
    }
}
