package io.onewindow.reform.internal;

import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan file (YAML, docs/reform.md): read with SnakeYAML's safe constructor (plain maps and lists only, no aliases
 * beyond a few, a size limit), then checked as a whole — every problem is listed in Chinese and nothing is stored
 * unless the file is right.
 */
public final class PlanFile {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    public record Plan(String code, Integer year, String title, String document, LocalDate issuedOn, String office,
            Integer reportEveryMonths, Integer reportDueWorkingDays, Integer answerWorkingDays, List<Chapter> chapters) {
    }

    public record Chapter(String number, String title, List<Task> tasks) {
    }

    public record Task(Integer number, String title, List<Measure> measures) {
    }

    public record Measure(String key, String title, String lead, List<String> co, LocalDate deadline,
            List<Milestone> milestones, List<Target> targets) {
    }

    public record Milestone(String title, LocalDate due) {
    }

    /** {@code value} null: a figure watched without a number; {@code measured} null: reported by the unit. */
    public record Target(String label, Double value, String unit, String direction, Double baseline, String measured) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private PlanFile() {
    }

    /** Reads and checks a plan file; {@code figureKeys} are the live figures the platform has. */
    public static Plan read(byte[] bytes, Set<String> figureKeys) {
        if (bytes == null || bytes.length == 0) {
            throw invalid("请选择计划文件（YAML）");
        }
        if (bytes.length > MAX_BYTES) {
            throw invalid("计划文件不能超过 2 MB");
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        Object tree;
        try {
            tree = new Yaml(new SafeConstructor(options)).load(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw invalid("计划文件不是有效的 YAML：" + firstLine(e.getMessage()));
        }
        if (!(tree instanceof Map)) {
            throw invalid("计划文件应以 code、year、title、chapters 等字段开头（见文档 docs/reform.md）");
        }
        Plan plan;
        try {
            plan = MAPPER.convertValue(plain(tree), Plan.class);
        } catch (RuntimeException e) {
            throw invalid("计划文件的字段有误：" + firstLine(e.getMessage()));
        }
        List<String> problems = problems(plan, figureKeys);
        if (!problems.isEmpty()) {
            throw invalid(String.join("；", problems.subList(0, Math.min(problems.size(), 20)))
                    + (problems.size() > 20 ? "；另有 " + (problems.size() - 20) + " 处" : ""));
        }
        return plan;
    }

    /** YAML dates become ISO text, so the records read them as {@link LocalDate}. */
    private static Object plain(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(PlanFile::plain).toList();
        }
        if (node instanceof java.util.Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return node;
    }

    static List<String> problems(Plan p, Set<String> figureKeys) {
        List<String> problems = new ArrayList<>();
        if (blank(p.code()) || !p.code().matches("[A-Za-z0-9-]{2,40}")) {
            problems.add("code（计划代码）应为 2–40 位字母、数字或连字符，如 LS-FGF-2023");
        }
        if (p.year() == null || p.year() < 2000 || p.year() > 2100) {
            problems.add("year（年度）应为四位年份");
        }
        if (blank(p.title()) || p.title().length() > 200) {
            problems.add("title（计划名称）必填，不超过 200 字");
        }
        if (blank(p.office())) {
            problems.add("office（牵头督办的机构）必填，为平台中的部门编码");
        }
        if (p.reportEveryMonths() != null && (p.reportEveryMonths() < 1 || p.reportEveryMonths() > 12)) {
            problems.add("reportEveryMonths（报送周期）应为 1–12 个月");
        }
        if (p.reportDueWorkingDays() != null && (p.reportDueWorkingDays() < 1 || p.reportDueWorkingDays() > 20)) {
            problems.add("reportDueWorkingDays 应为 1–20 个工作日");
        }
        if (p.answerWorkingDays() != null && (p.answerWorkingDays() < 1 || p.answerWorkingDays() > 30)) {
            problems.add("answerWorkingDays（督办单答复时限）应为 1–30 个工作日");
        }
        if (p.chapters() == null || p.chapters().isEmpty()) {
            problems.add("chapters（章节）至少一章");
            return problems;
        }
        Set<String> keys = new HashSet<>();
        for (Chapter c : p.chapters()) {
            String where = "第“" + c.number() + "”部分";
            if (blank(c.number()) || blank(c.title())) {
                problems.add(where + "缺少 number 或 title");
            }
            if (c.tasks() == null || c.tasks().isEmpty()) {
                problems.add(where + "没有任务（tasks）");
                continue;
            }
            for (Task t : c.tasks()) {
                String task = "任务（" + t.number() + "）";
                if (t.number() == null || blank(t.title())) {
                    problems.add(where + "的任务缺少 number 或 title");
                }
                if (t.measures() == null || t.measures().isEmpty()) {
                    problems.add(task + "没有举措（measures）");
                    continue;
                }
                for (Measure m : t.measures()) {
                    measureProblems(m, task, keys, figureKeys, problems);
                }
            }
        }
        return problems;
    }

    private static void measureProblems(Measure m, String task, Set<String> keys, Set<String> figureKeys,
            List<String> problems) {
        String where = "举措 " + (blank(m.key()) ? "（无编号，属" + task + "）" : m.key());
        if (blank(m.key()) || !m.key().matches("[0-9A-Za-z.-]{1,20}")) {
            problems.add(where + "：key 应为 1–20 位编号，如 17.1");
        } else if (!keys.add(m.key())) {
            problems.add(where + "：编号重复");
        }
        if (blank(m.title()) || m.title().length() > 500) {
            problems.add(where + "：title 必填，不超过 500 字");
        }
        if (blank(m.lead()) || m.lead().length() > 100) {
            problems.add(where + "：lead（牵头单位）必填");
        }
        if (m.deadline() == null) {
            problems.add(where + "：deadline（完成时限）必填，格式 2023-12-31");
        }
        for (Milestone s : m.milestones() == null ? List.<Milestone>of() : m.milestones()) {
            if (blank(s.title()) || s.due() == null) {
                problems.add(where + "：每个里程碑须有 title 和 due");
            }
        }
        for (Target t : m.targets() == null ? List.<Target>of() : m.targets()) {
            if (blank(t.label()) || blank(t.unit())) {
                problems.add(where + "：每个指标须有 label 和 unit");
            }
            if (t.direction() != null && !t.direction().equals("AT_LEAST") && !t.direction().equals("AT_MOST")) {
                problems.add(where + "：指标“" + t.label() + "”的 direction 应为 AT_LEAST（不低于）或 AT_MOST（不高于）");
            }
            if (t.measured() != null && !figureKeys.contains(t.measured())) {
                problems.add(where + "：指标“" + t.label() + "”的 measured “" + t.measured() + "”不是平台可计算的数据项");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 200 ? m.substring(0, 200) : m;
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
