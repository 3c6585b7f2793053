package io.onewindow.casework.internal;

import io.onewindow.catalog.FormField;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.CreditCodes;
import io.onewindow.identity.ResidentIdNumbers;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 智能预审: the item's declared rules, run on submit so the applicant or clerk sees what fails before anyone has to
 * look. Blocking findings stop the submission; reminders are shown but do not. Pure: no Spring, no database.
 */
public final class PreCheck {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\\.[A-Za-z]{2,24}");
    public static final int MAX_VALUE_LENGTH = 1000;

    /** @param field a form field key, or {@code material:N} for the N-th material of the 一单 */
    public record Finding(boolean blocking, String field, String message) {
    }

    private PreCheck() {
    }

    /**
     * @param uploaded indexes of the 一单 materials that have a file
     * @param verified form keys whose value was prefilled from the applicant's verified identity (not re-checked)
     */
    public static List<Finding> run(ServiceGuide guide, Map<String, String> form, Set<Integer> uploaded,
            Set<String> verified, LocalDate today) {
        return run(guide, form, uploaded, verified, Map.of(), today);
    }

    /**
     * @param licenses for each 一单 material that comes from an electronic licence: the applicant's licence of that
     *                 type, when they hold one (免提交); an expired or revoked one blocks
     */
    public static List<Finding> run(ServiceGuide guide, Map<String, String> form, Set<Integer> uploaded,
            Set<String> verified, Map<Integer, io.onewindow.casework.HeldLicenses.HeldLicense> licenses, LocalDate today) {
        return run(guide, form, uploaded, verified, licenses, Map.of(), today);
    }

    /**
     * @param shared for each 一单 material from 部门共享 that was fetched: what came back. One that could not be
     *               fetched must be uploaded instead, with the reason; one not fetched yet (before submission) is
     *               not a finding.
     */
    public static List<Finding> run(ServiceGuide guide, Map<String, String> form, Set<Integer> uploaded,
            Set<String> verified, Map<Integer, io.onewindow.casework.HeldLicenses.HeldLicense> licenses,
            Map<Integer, io.onewindow.casework.SharedMaterials.Fetch> shared, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        for (FormField f : guide.form()) {
            String value = form.getOrDefault(f.key(), "").strip();
            if (value.isEmpty()) {
                if (f.required()) {
                    findings.add(new Finding(true, f.key(), "请填写“" + f.label() + "”"));
                }
                continue;
            }
            if (!verified.contains(f.key())) {
                String problem = valueProblem(f, value, today);
                if (problem != null) {
                    findings.add(new Finding(true, f.key(), "“" + f.label() + "”" + problem));
                }
            }
        }
        for (int i = 0; i < guide.materials().size(); i++) {
            Material m = guide.materials().get(i);
            if (m.source() == Material.Source.E_LICENSE && !uploaded.contains(i)) {
                var held = licenses.get(i);
                // 换证: the licence this item renews may be expired — that is why the person is here
                boolean renewed = m.sourceRef() != null && m.sourceRef().equals(guide.resultLicenseType());
                if (held != null && !held.usable() && renewed && "已过期".equals(held.state())) {
                    findings.add(new Finding(false, "material:" + i, "电子证照“" + held.typeName() + "”（" + held.number()
                            + "）已过期，本事项办结后将为您换发新证"));
                } else if (held != null && !held.usable()) {
                    findings.add(new Finding(true, "material:" + i, "电子证照“" + held.typeName() + "”（" + held.number()
                            + "）" + held.state() + "，请先办理换证或注销后的手续，或上传其他有效证明"));
                } else if (held == null && m.required()) {
                    findings.add(new Finding(false, "material:" + i, "未找到您的电子证照“" + String.join("”或“", m.licenseTypes())
                            + "”，受理时将核验原件"));
                }
                continue;
            }
            if (m.source() == Material.Source.SHARED_DATA && !uploaded.contains(i)) {
                var fetched = shared.get(i);
                if (fetched != null && !fetched.found()) {
                    String why = "“" + m.name() + "”未能从" + (m.sourceRef() == null ? "共享平台" : m.sourceRef()) + "获取（"
                            + fetched.reason() + "）";
                    findings.add(m.required() ? new Finding(true, "material:" + i, why + "，请上传该材料")
                            : new Finding(false, "material:" + i, why + "；如属“" + m.condition() + "”，请上传该材料"));
                }
                continue;
            }
            if (m.source() != Material.Source.APPLICANT || uploaded.contains(i)) {
                continue;
            }
            if (m.required()) {
                findings.add(new Finding(true, "material:" + i, "缺少材料：" + m.name()));
            } else {
                findings.add(new Finding(false, "material:" + i, "如属“" + m.condition() + "”，请提交：" + m.name()));
            }
        }
        return findings;
    }

    public static boolean passes(List<Finding> findings) {
        return findings.stream().noneMatch(Finding::blocking);
    }

    private static String valueProblem(FormField f, String value, LocalDate today) {
        if (value.length() > MAX_VALUE_LENGTH) {
            return "不能超过 " + MAX_VALUE_LENGTH + " 个字";
        }
        String typeProblem = switch (f.type()) {
            case ID_NUMBER -> {
                var check = ResidentIdNumbers.check(value, today);
                yield check.valid() ? null : "有误：" + check.reason();
            }
            case CREDIT_CODE -> {
                var check = CreditCodes.check(value);
                yield check.valid() ? null : "有误：" + check.reason();
            }
            case PHONE -> PHONE.matcher(value).matches() ? null : "应为以1开头的11位手机号码";
            case EMAIL -> EMAIL.matcher(value).matches() ? null : "应为有效的电子邮箱地址，如 name@example.com";
            case NUMBER -> value.matches("-?\\d+(\\.\\d+)?") ? null : "应为数字";
            case DATE -> validDate(value) ? null : "应为有效日期，如 2026-11-30";
            case SELECT -> f.options() != null && f.options().contains(value) ? null : "应从给定选项中选择";
            default -> null;
        };
        if (typeProblem != null) {
            return typeProblem;
        }
        if (f.validation() != null && !f.validation().isBlank() && !Pattern.compile(f.validation()).matcher(value).matches()) {
            return "格式不符合要求";
        }
        return null;
    }

    private static boolean validDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
