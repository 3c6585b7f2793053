package io.onewindow.inspection.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PersonalDataProtector;
import io.onewindow.platform.PlatformErrorCode;
import io.onewindow.platform.Sm3;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双随机 plans: composed by a department's administrator from the 抽查事项清单 (several departments' items make a
 * joint plan, 进一次门、查多项事), committed with their inputs frozen and their seed's SM3 hash published, then drawn —
 * which stores the visits and reveals the seed.
 */
@Service
public class Plans {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final People people;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;
    private final PlanRepository repository;

    Plans(JdbcClient jdbc, People people, PersonalDataProtector protector, AuditLog auditLog, PlanRepository repository) {
        this.jdbc = jdbc;
        this.people = people;
        this.protector = protector;
        this.auditLog = auditLog;
        this.repository = repository;
    }

    /** Commits a plan: its inputs frozen and published with the seed's hash; the seed itself sealed until the draw. */
    @Transactional
    public PlanRepository.Plan commit(String name, List<Integer> itemIds, Map<Draw.Tier, Integer> ratios, int teamSize) {
        return commit(name, itemIds, ratios, teamSize, entities(), null);
    }

    /**
     * 跨部门综合监管 on an event (a verified 12345 report, a failed inspection): one named entity instead of a draw
     * of entities; its team is still drawn — committed and drawn at once, re-runnable like any plan — and the plan
     * says what triggered it.
     */
    @Transactional
    public PlanRepository.Plan onEvent(String name, List<Integer> itemIds, String creditCode, String event, int teamSize) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase();
        if (people.enterpriseByCreditCode(code).isEmpty()) {
            throw invalid("检查对象不在名录中，请核对统一社会信用代码");
        }
        String what = event == null ? "" : event.strip();
        if (what.isEmpty() || what.length() > 500) {
            throw invalid("请说明触发检查的事件及其编号（如 12345 工单号、不合格的抽查结果），500 字以内");
        }
        Map<Draw.Tier, Integer> all = new java.util.EnumMap<>(Draw.Tier.class);
        for (Draw.Tier t : Draw.Tier.values()) {
            all.put(t, 100);
        }
        PlanRepository.Plan plan = commit(name, itemIds, all, teamSize, List.of(new Draw.Entity(code, Draw.Tier.D)), what);
        return draw(plan.id());
    }

    private PlanRepository.Plan commit(String name, List<Integer> itemIds, Map<Draw.Tier, Integer> ratios, int teamSize,
            List<Draw.Entity> entities, String event) {
        CurrentUser admin = CurrentUsers.current().filter(u -> u.has(Role.DEPT_ADMIN) && u.departmentId() != null)
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.FORBIDDEN, "只有部门管理员可以制定抽查计划"));
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 200) {
            throw invalid("请填写计划名称（200 字以内）");
        }
        List<PlanRepository.Item> items = repository.items().stream().filter(i -> itemIds != null && itemIds.contains(i.id())).toList();
        if (items.isEmpty()) {
            throw invalid("请至少选择一个抽查事项");
        }
        if (ratios.values().stream().anyMatch(r -> r == null || r < 0 || r > 100)) {
            throw invalid("各信用等级的抽取比例须在 0–100 之间");
        }
        if (teamSize < 2 || teamSize > 5) {
            throw invalid("检查组人数须在 2–5 人之间（执法须两人以上）");
        }
        Set<String> fields = items.stream().map(PlanRepository.Item::field).collect(Collectors.toCollection(TreeSet::new));
        Draw.Inputs inputs = new Draw.Inputs(ratios, entities, repository.inspectorsFor(fields, ChinaTime.today()),
                fields, teamSize);
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        String seedHex = HexFormat.of().formatHex(seed);
        UUID id = UUID.randomUUID();
        String code = "SJ" + ChinaTime.today().toString().replace("-", "") + "-" + String.format("%04d", repository.nextSerial());
        repository.insert(id, code, title, admin.departmentId(), items.stream().map(PlanRepository.Item::id).toList(),
                DrawInputs.write(inputs), Sm3.hex(seedHex), protector.encrypt(seedHex), admin.username(), event);
        auditLog.record("INSPECTION_PLAN_COMMITTED", "inspection.plan", id.toString(), null,
                Map.of("code", code, "seedHash", Sm3.hex(seedHex), "entities", inputs.entities().size(),
                        "inspectors", inputs.inspectors().size(), "trigger", event == null ? "双随机" : "事件：" + event));
        return repository.find(id).orElseThrow();
    }

    /** The draw: run on the published inputs with the sealed seed; the visits are stored and the seed revealed. */
    @Transactional
    public PlanRepository.Plan draw(UUID planId) {
        CurrentUser admin = CurrentUsers.current().orElseThrow();
        PlanRepository.Plan plan = repository.lock(planId).filter(p -> admin.has(Role.DEPT_ADMIN)
                && p.departmentId().equals(admin.departmentId())).orElseThrow(() -> new OneWindowException(
                PlatformErrorCode.NOT_FOUND, "没有这个抽查计划，或不是本部门的计划"));
        if (!plan.status().equals("COMMITTED")) {
            throw new OneWindowException(PlatformErrorCode.CONFLICT, "该计划已抽取，结果不能重抽");
        }
        String seedHex = protector.decrypt(repository.sealedSeed(planId));
        List<Draw.Visit> visits;
        try {
            visits = Draw.run(DrawInputs.read(plan.inputs()), HexFormat.of().parseHex(seedHex));
        } catch (Draw.NoTeam e) {
            throw invalid(e.getMessage() + "。请补充执法检查人员名录或调整检查组人数");
        }
        repository.drawn(planId, visits, seedHex);
        auditLog.record("INSPECTION_PLAN_DRAWN", "inspection.plan", planId.toString(), Map.of("status", "COMMITTED"),
                Map.of("status", "DRAWN", "seed", seedHex, "visits", visits.size()));
        return repository.find(planId).orElseThrow();
    }

    /**
     * Re-runs a draw from inputs and a seed anyone holds: the published ones, or a third party's own copy.
     *
     * @throws OneWindowException 400 for malformed inputs or a seed that is not 64 hex characters
     */
    public static List<Draw.Visit> rerun(String inputsJson, String seedHex) {
        String seed = seedHex == null ? "" : seedHex.strip().toLowerCase();
        if (!seed.matches("[0-9a-f]{64}")) {
            throw invalid("随机种子须为 64 位十六进制字符");
        }
        try {
            return Draw.run(DrawInputs.read(inputsJson == null ? "" : inputsJson), HexFormat.of().parseHex(seed));
        } catch (IllegalArgumentException | Draw.NoTeam e) {
            throw invalid(e.getMessage());
        }
    }

    /** Every enterprise of the 检查对象名录 with its tier (B when none was set), by credit code. */
    private List<Draw.Entity> entities() {
        Map<String, String> tiers = new HashMap<>();
        jdbc.sql("select credit_code, tier from inspection_tier").query(rs -> {
            tiers.put(rs.getString(1), rs.getString(2));
        });
        List<Draw.Entity> all = new ArrayList<>();
        people.eachEnterprise(e -> all.add(new Draw.Entity(e.creditCode(), Draw.Tier.valueOf(tiers.getOrDefault(e.creditCode(), "B")))));
        all.sort(java.util.Comparator.comparing(Draw.Entity::id));
        return all;
    }

    static Set<String> split(String s, String separator) {
        return s == null || s.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(s.split(separator)));
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
