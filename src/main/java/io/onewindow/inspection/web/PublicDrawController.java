package io.onewindow.inspection.web;

import io.onewindow.identity.People;
import io.onewindow.inspection.internal.Draw;
import io.onewindow.inspection.internal.PlanRepository;
import io.onewindow.inspection.internal.Plans;
import io.onewindow.inspection.internal.ResultRepository;
import io.onewindow.organization.Organization;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 一公开: every plan with its seed's hash from the moment it is committed, its inputs for download, and after the
 * draw the seed and the list — and a re-run anyone can do, here or with their own copy through the API.
 */
@Controller
@PreAuthorize("permitAll()")
class PublicDrawController {

    private final PlanRepository repository;
    private final People people;
    private final Organization organization;
    private final ResultRepository results;

    PublicDrawController(PlanRepository repository, People people, Organization organization, ResultRepository results) {
        this.results = results;
        this.repository = repository;
        this.people = people;
        this.organization = organization;
    }

    @GetMapping("/inspection/public")
    String list(Model model) {
        List<PlanRepository.Plan> plans = repository.all();
        model.addAttribute("plans", plans);
        model.addAttribute("departments", Names.departments(organization, plans.stream().map(PlanRepository.Plan::departmentId).toList()));
        return "inspection/public";
    }

    /** With {@code seed}: the draw re-run from the published inputs and that seed, compared with the stored list. */
    @GetMapping("/inspection/public/{code}")
    String plan(@PathVariable String code, @RequestParam(required = false) String seed, Model model) {
        PlanRepository.Plan plan = repository.byCode(code).orElseThrow(() -> new OneWindowException(
                PlatformErrorCode.NOT_FOUND, "没有这个抽查计划"));
        List<PlanRepository.VisitRow> visits = repository.visits(plan.id());
        // one query for every name on the list (a plan may have thousands of visits)
        Map<String, String> names = new HashMap<>(people.enterpriseNames(visits.stream().map(PlanRepository.VisitRow::creditCode).toList()));
        visits.forEach(v -> names.putIfAbsent(v.creditCode(), "（已注销）"));
        Map<Integer, String> itemNames = new HashMap<>();
        repository.items().forEach(i -> itemNames.put(i.id(), i.name()));
        model.addAttribute("plan", plan);
        model.addAttribute("visits", visits);
        model.addAttribute("names", names);
        model.addAttribute("itemNames", plan.items().stream().map(itemNames::get).toList());
        model.addAttribute("department", Names.departments(organization, List.of(plan.departmentId())).get(plan.departmentId()));
        Map<Integer, ResultRepository.Published> results = new HashMap<>();
        this.results.ofPlan(plan.id()).forEach(r -> results.put(r.ordinal(), r));
        model.addAttribute("results", results);
        if (seed != null) {
            model.addAttribute("seedTried", seed);
            try {
                List<Draw.Visit> rerun = Plans.rerun(plan.inputs(), seed);
                boolean same = rerun.size() == visits.size();
                for (int i = 0; same && i < rerun.size(); i++) {
                    same = rerun.get(i).entity().equals(visits.get(i).creditCode())
                            && rerun.get(i).team().equals(visits.get(i).team());
                }
                model.addAttribute("rerunCount", rerun.size());
                model.addAttribute("rerunSame", same && plan.drawn());
            } catch (OneWindowException e) {
                model.addAttribute("rerunError", e.detail());
            }
        }
        return "inspection/public-plan";
    }

    @GetMapping(value = "/inspection/public/{code}/inputs.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> inputs(@PathVariable String code) {
        PlanRepository.Plan plan = repository.byCode(code).orElseThrow(() -> new OneWindowException(
                PlatformErrorCode.NOT_FOUND, "没有这个抽查计划"));
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"" + plan.code() + "-inputs.json\"")
                .contentType(MediaType.APPLICATION_JSON).body(plan.inputs());
    }

    /** 一公开 as open data: every recorded result of the plan, JSON. */
    @GetMapping(value = "/inspection/public/{code}/results.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, Object>> resultsJson(@PathVariable String code) {
        return openData(code);
    }

    /** The same as CSV (UTF-8 with BOM, for spreadsheets). */
    @GetMapping(value = "/inspection/public/{code}/results.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> resultsCsv(@PathVariable String code) {
        StringBuilder csv = new StringBuilder("\uFEFF序号,统一社会信用代码,检查日期,检查结果,检查情况,适用清单,裁量,公示期限,公示日期,复查\n");
        for (Map<String, Object> r : openData(code)) {
            csv.append(String.join(",", List.of("ordinal", "creditCode", "inspectedOn", "outcome", "findings", "list",
                    "discretion", "publishDue", "publishedOn", "reinspection").stream().map(k -> csvCell(r.get(k))).toList())).append('\n');
        }
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"" + code + "-results.csv\"")
                .body(csv.toString());
    }

    private List<Map<String, Object>> openData(String code) {
        PlanRepository.Plan plan = repository.byCode(code).orElseThrow(() -> new OneWindowException(
                PlatformErrorCode.NOT_FOUND, "没有这个抽查计划"));
        return results.ofPlan(plan.id()).stream().map(r -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("ordinal", r.ordinal());
            m.put("creditCode", r.creditCode());
            m.put("inspectedOn", r.inspectedOn().toString());
            m.put("outcome", r.outcomeLabel());
            m.put("findings", r.findings());
            m.put("list", r.entry() == null ? "" : r.entry().listLabel());
            m.put("discretion", r.entry() == null ? "" : r.entry().discretion());
            m.put("publishDue", r.publishDue().toString());
            m.put("publishedOn", r.recordedOn().toString());
            m.put("reinspection", r.corrected() == null ? "" : r.corrected() ? "复查已整改" : "复查未整改");
            return m;
        }).toList();
    }

    private static String csvCell(Object value) {
        String s = value == null ? "" : value.toString();
        // a cell a spreadsheet would run as a formula is quoted with a leading apostrophe
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** The draw run on inputs and a seed the caller brings: {@code {"inputs": {…}, "seed": "<64 hex>"}}. */
    @PostMapping(value = "/api/v1/inspection/rerun", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Draw.Visit> rerun(@RequestBody Map<String, Object> body) {
        Object inputs = body == null ? null : body.get("inputs");
        Object seed = body == null ? null : body.get("seed");
        String json = inputs instanceof String s ? s
                : tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(inputs);
        return Plans.rerun(inputs == null ? null : json, seed instanceof String s ? s : null);
    }
}
