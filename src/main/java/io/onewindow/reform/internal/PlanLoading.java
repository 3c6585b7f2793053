package io.onewindow.reform.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlanFigures;
import io.onewindow.platform.PlatformErrorCode;
import io.onewindow.platform.Sm3;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loading a plan (载入工作要点): the city office loads its plan file; a changed file publishes the next version, the
 * ones before stay for the record. Claims, reports and 督办单 follow the measure's key, so they carry over.
 */
@Service
public class PlanLoading {

    /** The demo plan the project ships (乐府办发〔2023〕14号). */
    public static final String DEMO_FILE = "reform/plan-2023.yaml";

    private static final Pattern DEPARTMENT_ID = Pattern.compile("\\d{6}-[A-Z0-9]+");

    private final WorkPlanRepository repository;
    private final Organization organization;
    private final List<PlanFigures> figures;
    private final AuditLog auditLog;

    PlanLoading(WorkPlanRepository repository, Organization organization, List<PlanFigures> figures, AuditLog auditLog) {
        this.repository = repository;
        this.organization = organization;
        this.figures = figures;
        this.auditLog = auditLog;
    }

    /** What a load did: the version now published, and whether the file differed from the one before. */
    public record Loaded(String code, int version, int measures, boolean changed) {
    }

    @Transactional
    public Loaded load(byte[] file) {
        CurrentUser user = office();
        PlanFile.Plan plan = PlanFile.read(file, figureKeys());
        List<String> unknown = unknownDepartments(plan);
        if (!unknown.isEmpty()) {
            throw new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, "以下部门编码不在平台的组织机构中：" + String.join("、", unknown)
                    + "（没有账号的单位请写单位名称）");
        }
        String source = new String(file, StandardCharsets.UTF_8);
        String hash = Sm3.hex(source);
        repository.lockCode(plan.code()); // two people loading the same plan at once: one after the other
        var current = repository.published(plan.code());
        if (current.isPresent() && current.get().sourceHash().equals(hash)) {
            return new Loaded(plan.code(), current.get().version(), repository.measures(current.get().id()).size(), false);
        }
        repository.retire(plan.code());
        UUID id = UUID.randomUUID();
        int version = repository.nextVersion(plan.code());
        repository.insertPlan(new WorkPlanRepository.PlanInfo(id, plan.code(), version, plan.year(), plan.title(),
                plan.document(), plan.issuedOn(), plan.office(), orDefault(plan.reportEveryMonths(), 1),
                orDefault(plan.reportDueWorkingDays(), 5), orDefault(plan.answerWorkingDays(), 5), hash, "PUBLISHED",
                current.map(WorkPlanRepository.PlanInfo::publicView).orElse(false), user.username(), null), source);
        int ordinal = 0;
        for (PlanFile.Chapter c : plan.chapters()) {
            for (PlanFile.Task t : c.tasks()) {
                for (PlanFile.Measure m : t.measures()) {
                    repository.insertMeasure(id, new WorkPlanRepository.MeasureRow(m.key(), ordinal++, c.number(), c.title(),
                            t.number(), t.title(), m.title().strip(), m.lead().strip(),
                            m.co() == null ? List.of() : m.co().stream().map(String::strip).toList(), m.deadline()));
                    insertParts(id, m);
                }
            }
        }
        auditLog.record("REFORM_PLAN_LOADED", "reform.plan", id.toString(),
                current.map(p -> Map.<String, Object>of("version", p.version())).orElse(null),
                Map.of("code", plan.code(), "version", version, "measures", ordinal, "sm3", hash));
        return new Loaded(plan.code(), version, ordinal, true);
    }

    /** The shipped demo plan, for a fresh city to start from. */
    public Loaded loadDemo() {
        try (InputStream in = new ClassPathResource(DEMO_FILE).getInputStream()) {
            return load(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("demo plan missing: " + DEMO_FILE, e);
        }
    }

    /** 公开: the city chooses whether the public sees the plan's progress. */
    @Transactional
    public void setPublic(String code, boolean publicView) {
        office();
        var plan = repository.published(code).orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "没有这个计划"));
        repository.setPublicView(plan.id(), publicView);
        auditLog.record("REFORM_PLAN_PUBLIC", "reform.plan", plan.id().toString(), Map.of("public", plan.publicView()),
                Map.of("public", publicView));
    }

    public Set<String> figureKeys() {
        return figures.stream().flatMap(f -> f.figures().stream()).map(PlanFigures.Figure::key).collect(Collectors.toSet());
    }

    private void insertParts(UUID id, PlanFile.Measure m) {
        int i = 0;
        for (PlanFile.Milestone s : m.milestones() == null ? List.<PlanFile.Milestone>of() : m.milestones()) {
            repository.insertMilestone(id, new WorkPlanRepository.MilestoneRow(m.key(), i++, s.title().strip(), s.due()));
        }
        i = 0;
        for (PlanFile.Target t : m.targets() == null ? List.<PlanFile.Target>of() : m.targets()) {
            repository.insertTarget(id, new WorkPlanRepository.TargetRow(m.key(), i++, t.label().strip(), t.unit().strip(),
                    t.direction() == null ? "AT_LEAST" : t.direction(), decimal(t.value()), decimal(t.baseline()),
                    t.measured()));
        }
    }

    private List<String> unknownDepartments(PlanFile.Plan plan) {
        List<String> units = new ArrayList<>();
        units.add(plan.office());
        plan.chapters().forEach(c -> c.tasks().forEach(t -> t.measures().forEach(m -> {
            units.add(m.lead().strip());
            if (m.co() != null) {
                m.co().forEach(u -> units.add(u.strip()));
            }
        })));
        return units.stream().filter(u -> DEPARTMENT_ID.matcher(u).matches())
                .filter(u -> organization.department(new DepartmentId(u)).isEmpty()).distinct().toList();
    }

    /** The city office: 督办人员 or the system administrator. */
    static CurrentUser office() {
        return CurrentUsers.current().filter(u -> u.has(Role.SUPERVISOR) || u.has(Role.SYS_ADMIN))
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.FORBIDDEN, "只有督办人员可以进行此操作"));
    }

    static boolean isDepartment(String unit) {
        return unit != null && DEPARTMENT_ID.matcher(unit).matches();
    }

    private static int orDefault(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
