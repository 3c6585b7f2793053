package io.onewindow.bundle.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.BundleMembers;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bundle application: started from the bundle's guide with the applicant's situations (which conditional members
 * apply), filled on one merged form, one upload per material, then submitted — the members without a predecessor
 * go to their departments at once, the others wait (see {@link BundleProgress}).
 */
@Service
public class BundleCases {

    /** The bundle case as its page shows it: the guide it was made under and each applicable member as it stands. */
    public record View(UUID id, String status, BundleGuide guide, List<MemberView> members) {

        public boolean draft() {
            return status.equals("DRAFT");
        }
    }

    /** A member: the definition's line, the member case, and where it is in the bundle (DRAFT/WAITING/SUBMITTED/HELD). */
    public record MemberView(BundleDefinition.Member definition, BundleMembers.Member member, String state, String note) {
    }

    private final BundleCaseRepository repository;
    private final BundleDefinitions definitions;
    private final BundleGuides guides;
    private final BundleMembers members;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final BundleProgress progress;

    BundleCases(BundleCaseRepository repository, BundleDefinitions definitions, BundleGuides guides,
            BundleMembers members, AuditLog auditLog, TransactionTemplate transaction, BundleProgress progress) {
        this.progress = progress;
        this.repository = repository;
        this.definitions = definitions;
        this.guides = guides;
        this.members = members;
        this.auditLog = auditLog;
        this.transaction = transaction;
    }

    /** A member already decided on its own (the case a 主动服务 offer came from): it joins the bundle as it is. */
    public record Source(int position, UUID caseId) {
    }

    /** 开始办理: a bundle case and a draft for each member that applies ({@code included}: conditional ones chosen). */
    @Transactional
    public UUID start(String code, Set<Integer> included) {
        return start(code, included, null);
    }

    /** As {@link #start(String, Set)}, with {@code source} as the member at its position and the form prefilled from it. */
    @Transactional
    public UUID start(String code, Set<Integer> included, Source source) {
        CurrentUser user = applicant();
        BundleGuide guide = startable(code, included, user.kind());
        return create(guide, included, source, user, "ONLINE", itemCode -> members.draft(itemCode));
    }

    /** 综合窗口: a clerk takes in the bundle for the applicant with this ID number or credit code. */
    @Transactional
    public UUID startAtWindow(String code, Set<Integer> included, String idNumberOrCreditCode) {
        CurrentUser clerk = CurrentUsers.current().filter(u -> u.has(Role.WINDOW_CLERK) && u.hallId() != null)
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.FORBIDDEN, "只有大厅窗口人员可以代为受理"));
        String who = idNumberOrCreditCode == null ? "" : idNumberOrCreditCode.strip().toUpperCase();
        // a valid GB 11643 number is a person; anything else is checked as a credit code when the drafts are made
        AccountKind kind = io.onewindow.identity.ResidentIdNumbers.check(who, io.onewindow.platform.ChinaTime.today()).valid()
                ? AccountKind.CITIZEN : AccountKind.ENTERPRISE;
        BundleGuide guide = startable(code, included, kind);
        return create(guide, included, null, clerk, "WINDOW", itemCode -> members.draftAtWindow(itemCode, who));
    }

    private BundleGuide startable(String code, Set<Integer> included, AccountKind applicantKind) {
        BundleGuide guide = guides.of(code).orElseThrow(() -> notFound("没有这个“一件事”，或其中的事项已停止办理"));
        for (Integer p : included) {
            if (guide.definition().members().stream().noneMatch(m -> m.position() == p && m.conditional())) {
                throw invalid("所选情形不属于该“一件事”");
            }
        }
        AccountKind kind = BundleRules.applicantKind(guide);
        if (kind == null) {
            throw invalid("该“一件事”包含设立登记和以新设企业名义办理的事项，暂请按指南分步申请：先办理设立登记，再以企业账号办理其余事项");
        }
        if (kind != applicantKind) {
            throw invalid("该“一件事”须由" + (kind == AccountKind.CITIZEN ? "个人" : "企业") + "申请");
        }
        return guide;
    }

    private UUID create(BundleGuide guide, Set<Integer> included, Source source, CurrentUser actor, String channel,
            java.util.function.Function<String, UUID> draft) {
        BundleDefinition d = guide.definition();
        UUID id = UUID.randomUUID();
        List<UUID> drafts = new ArrayList<>();
        for (BundleDefinition.Member m : d.members()) {
            if ((source == null || source.position() != m.position()) && (!m.conditional() || included.contains(m.position()))) {
                drafts.add(draft.apply(m.itemCode()));
            }
        }
        if (drafts.isEmpty()) {
            throw invalid("按您选择的情形，该“一件事”没有需要办理的事项，请至少勾选一项适用的情形");
        }
        BundleMembers.Member first = members.view(source != null ? source.caseId() : drafts.get(0)).orElseThrow();
        repository.insert(new BundleCaseRepository.BundleCase(id, d.id(), first.applicantKind(), first.applicantId(),
                actor.accountId(), "DRAFT", null, null, null), channel);
        int next = 0;
        for (BundleDefinition.Member m : d.members()) {
            if (source != null && source.position() == m.position()) {
                repository.insertMember(id, m.position(), source.caseId());
                repository.memberState(id, m.position(), "SUBMITTED", "已单独办理，纳入本“一件事”");
            } else if (!m.conditional() || included.contains(m.position())) {
                repository.insertMember(id, m.position(), drafts.get(next++));
            }
        }
        if (source != null) {
            fill(id, prefill(guide, source)); // what the decided member says, the others need not be asked again
        }
        auditLog.record("BUNDLE_STARTED", "bundle.case", id.toString(), null, Map.of("bundle", d.code(), "version",
                d.version(), "members", repository.members(id).size(), "channel", channel));
        return id;
    }

    private Map<String, String> prefill(BundleGuide guide, Source source) {
        Map<String, String> from = members.view(source.caseId()).orElseThrow(() -> notFound("没有这件办件")).form();
        Map<String, String> values = new HashMap<>();
        for (BundleGuide.MergedField f : guide.form()) {
            String key = f.memberKeys().get(source.position());
            if (key != null && from.get(key) != null && !from.get(key).isBlank()) {
                values.put(f.key(), from.get(key));
            }
        }
        return values;
    }

    @Transactional(readOnly = true)
    public View view(UUID id) {
        BundleCaseRepository.BundleCase c = own(id);
        BundleDefinition d = definitions.byId(c.definitionId()).orElseThrow();
        BundleGuide guide = guides.guide(d).orElseThrow(() -> notFound("该“一件事”中的事项已停止办理"));
        List<MemberView> rows = new ArrayList<>();
        for (BundleCaseRepository.MemberRow r : repository.members(id)) {
            rows.add(new MemberView(d.member(r.position()), members.view(r.caseId()).orElseThrow(), r.state(), r.note()));
        }
        return new View(id, c.status(), guide, rows);
    }

    /** The signed-in applicant's bundle applications, newest first. */
    @Transactional(readOnly = true)
    public List<View> mine() {
        CurrentUser user = applicant();
        return repository.ofAccount(user.accountId(), user.partyId()).stream().map(c -> view(c.id())).toList();
    }

    /** Saves the merged form into every member's draft (each member keeps only its own fields). */
    @Transactional
    public void fill(UUID id, Map<String, String> posted) {
        View v = draft(id);
        for (MemberView m : BundleRules.drafts(v)) {
            Map<String, String> values = new HashMap<>();
            // the new 市场主体's own identity comes from its registration, never from the form
            Set<String> registered = m.definition().forNewEnterprise() ? BundleRules.firmFields(m, v) : Set.of();
            for (BundleGuide.MergedField f : v.guide().form()) {
                String memberKey = f.memberKeys().get(m.definition().position());
                if (memberKey != null && posted.containsKey(f.key()) && !registered.contains(memberKey)) {
                    values.put(memberKey, posted.get(f.key()));
                }
            }
            members.fill(m.member().caseId(), values);
        }
    }

    /** One upload serves every member whose 一单 lists the material. */
    @Transactional
    public int upload(UUID id, String materialName, String fileName, byte[] content) {
        View v = draft(id);
        int attached = 0;
        for (MemberView m : BundleRules.drafts(v)) {
            for (BundleMembers.Slot s : m.member().materials()) {
                if (s.name().equals(materialName) && s.source().equals("申请人提交")) {
                    members.upload(m.member().caseId(), s.index(), fileName, content);
                    attached++;
                }
            }
        }
        if (attached == 0) {
            throw invalid("该“一件事”无须提交“" + materialName + "”");
        }
        return attached;
    }

    /**
     * 提交: every member is pre-checked first (a material another member's result will provide is not asked for
     * now); then, in one transaction, the members without a predecessor are submitted and the others wait.
     * Nothing is submitted unless all can be.
     */
    public void submit(UUID id) {
        View v = draft(id);
        List<MemberView> now = BundleRules.drafts(v).stream().filter(m -> BundleRules.ready(m, v)).toList();
        now.forEach(m -> members.fetchShared(m.member().caseId())); // outside the transaction: providers may be slow
        List<String> problems = new ArrayList<>();
        for (MemberView m : BundleRules.drafts(v)) {
            boolean later = !BundleRules.ready(m, v);
            // what a predecessor's result will provide is not asked now: its materials, and for the new 市场主体's
            // members the identity fields its registration will fill
            members.problems(m.member().caseId()).stream().filter(p -> !(later && p.material()))
                    .filter(p -> !(later && m.definition().forNewEnterprise() && BundleRules.firmFields(m, v).contains(p.field())))
                    .forEach(p -> problems.add("“" + m.definition().itemName() + "”：" + p.message()));
        }
        if (!problems.isEmpty()) {
            throw new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, String.join("；", problems));
        }
        transaction.executeWithoutResult(status -> {
            if (!repository.lock(id).map(c -> c.status().equals("DRAFT")).orElse(false)) {
                throw new OneWindowException(PlatformErrorCode.CONFLICT, "该“一件事”已提交");
            }
            for (MemberView m : BundleRules.drafts(v)) {
                int p = m.definition().position();
                if (BundleRules.ready(m, v)) {
                    members.submit(m.member().caseId(), "bundle-" + id + "-" + p);
                    repository.memberState(id, p, "SUBMITTED", null);
                } else {
                    repository.memberState(id, p, "WAITING", null);
                }
            }
            repository.submitted(id);
            auditLog.record("BUNDLE_SUBMITTED", "bundle.case", id.toString(), Map.of("status", "DRAFT"),
                    Map.of("status", "SUBMITTED", "bundle", v.guide().definition().code()));
        });
        // a member already decided (the offer's source) lets the ones waiting for it go at once
        transaction.executeWithoutResult(status -> progress.advance(id));
    }

    /** A member's fields its applicant's registration fills (enterprise.name, …), for pages. */
    public static Set<String> firmFields(MemberView m, View v) {
        return BundleRules.firmFields(m, v);
    }

    private View draft(UUID id) {
        View v = view(id);
        if (!v.draft()) {
            throw new OneWindowException(PlatformErrorCode.CONFLICT, "该“一件事”已提交，不能再修改");
        }
        return v;
    }

    /** Who took it in (the applicant online, the clerk at a window) and, once submitted, the applicant. */
    private BundleCaseRepository.BundleCase own(UUID id) {
        CurrentUser user = CurrentUsers.current().orElseThrow(() -> notFound("没有这件申请"));
        return repository.find(id).filter(c -> c.accountId().equals(user.accountId())
                || !c.status().equals("DRAFT") && c.applicantId().equals(user.partyId()))
                .orElseThrow(() -> notFound("没有这件申请"));
    }

    private static CurrentUser applicant() {
        return CurrentUsers.current().filter(u -> u.kind() != AccountKind.STAFF && u.partyId() != null)
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.FORBIDDEN, "请使用个人或法人账号办理“一件事”"));
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }

    private static OneWindowException notFound(String detail) {
        return new OneWindowException(PlatformErrorCode.NOT_FOUND, detail);
    }
}
