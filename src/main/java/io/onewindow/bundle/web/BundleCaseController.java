package io.onewindow.bundle.web;

import io.onewindow.bundle.internal.BundleCases;
import io.onewindow.bundle.internal.BundleOffers;
import io.onewindow.organization.Organization;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A citizen's or enterprise's 一件事 application — or one a window clerk is taking in for them: one form, one upload
 * per material, then the members' progress. Each application is seen by who took it in and, once submitted, the
 * applicant; anyone else gets "not found".
 */
@Controller
@PreAuthorize("hasAnyRole('APPLICANT', 'WINDOW_CLERK')")
class BundleCaseController {

    private final io.onewindow.bundle.internal.BundleDelivery delivery;

    private final BundleCases bundles;
    private final Organization organization;
    private final BundleOffers offers;

    BundleCaseController(BundleCases bundles, Organization organization, BundleOffers offers,
            io.onewindow.bundle.internal.BundleDelivery delivery) {
        this.delivery = delivery;
        this.offers = offers;
        this.bundles = bundles;
        this.organization = organization;
    }

    @PreAuthorize("hasRole('APPLICANT')") // a clerk takes in at /window/bundles
    @PostMapping("/bundles/{code}/apply")
    String apply(@PathVariable String code, @RequestParam(name = "include", required = false) List<Integer> include,
            RedirectAttributes redirect) {
        try {
            UUID id = bundles.start(code, include == null ? Set.of()
                    : include.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
            redirect.addFlashAttribute("message", "已为您生成一张合并的申请表，请填写并上传材料后提交");
            return "redirect:/bundle-cases/" + id;
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/bundles/" + code;
        }
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @GetMapping("/bundle-cases")
    String mine(Model model) {
        model.addAttribute("cases", bundles.mine());
        model.addAttribute("offers", offers.mine());
        return "bundle/mine";
    }

    /** 主动服务: the applicant confirms an offered bundle (with the situations that apply to them). */
    @PreAuthorize("hasRole('APPLICANT')")
    @PostMapping("/bundle-offers/{id}/take")
    String take(@PathVariable UUID id, @RequestParam(name = "include", required = false) List<Integer> include,
            RedirectAttributes redirect) {
        try {
            UUID bundleCase = offers.take(id, include == null ? Set.of()
                    : include.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
            redirect.addFlashAttribute("message", "已为您开始办理，已知的信息已带出，请核对后提交");
            return "redirect:/bundle-cases/" + bundleCase;
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/bundle-cases";
        }
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @PostMapping("/bundle-offers/{id}/dismiss")
    String dismiss(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            offers.dismiss(id);
            return "已忽略该推荐";
        });
        return "redirect:/bundle-cases";
    }

    @GetMapping("/bundle-cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        BundleCases.View view = bundles.view(id);
        Map<String, String> departments = new HashMap<>();
        view.members().forEach(m -> departments.computeIfAbsent(m.member().departmentId(), organization::departmentName));
        model.addAttribute("view", view);
        model.addAttribute("departments", departments);
        model.addAttribute("values", BundlePage.values(view));
        model.addAttribute("verified", BundlePage.verified(view));
        model.addAttribute("registered", BundlePage.registered(view));
        model.addAttribute("uploads", BundlePage.uploads(view));
        model.addAttribute("dueOn", BundlePage.dueOn(view));
        model.addAttribute("delivery", delivery.current(id));
        return "bundle/case";
    }

    /** Saves the merged form; with {@code action=submit} also submits the bundle. */
    @PostMapping("/bundle-cases/{id}/form")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<String, String> form = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("f.")) {
                form.put(k.substring(2), v);
            }
        });
        Flash.run(redirect, () -> {
            bundles.fill(id, form);
            if ("submit".equals(params.get("action"))) {
                bundles.submit(id);
                return "已提交：各部门正在并联办理，需等待前一事项结果的事项将在其办结后自动提交";
            }
            return "已保存，可随时回来继续填写";
        });
        return "redirect:/bundle-cases/" + id;
    }

    /** 结果统一送达: window as usual, or all results mailed together once the bundle is 办结. */
    @PostMapping("/bundle-cases/{id}/delivery")
    String delivery(@PathVariable UUID id, @RequestParam(required = false) String method,
            @RequestParam(required = false) String address, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            delivery.choose(id, method, address);
            return "MAIL".equals(method) ? "全部办结后，纸质结果将合并为一件邮寄" : "纸质结果请到出件窗口领取";
        });
        return "redirect:/bundle-cases/" + id;
    }

    @PostMapping("/bundle-cases/{id}/materials")
    String upload(@PathVariable UUID id, @RequestParam String material, @RequestParam MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        Flash.run(redirect, () -> "“" + material + "”已上传，用于 " + bundles.upload(id, material,
                file.getOriginalFilename(), content) + " 个事项");
        return "redirect:/bundle-cases/" + id;
    }
}
