package io.onewindow.bundle.web;

import io.onewindow.bundle.internal.BundleCases;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 综合窗口: a clerk takes in a 一件事 for an applicant, on the same merged form as online. */
@Controller
@PreAuthorize("hasRole('WINDOW_CLERK')")
class WindowBundleController {

    private final BundleCases bundles;

    WindowBundleController(BundleCases bundles) {
        this.bundles = bundles;
    }

    @PostMapping("/window/bundles/{code}")
    String intake(@PathVariable String code, @RequestParam(name = "idNumber", required = false) String idNumber,
            @RequestParam(name = "include", required = false) List<Integer> include, RedirectAttributes redirect) {
        try {
            UUID id = bundles.startAtWindow(code, include == null ? java.util.Set.of()
                    : include.stream().filter(Objects::nonNull).collect(Collectors.toSet()), idNumber);
            redirect.addFlashAttribute("message", "已为申请人生成合并申请表，请核对填写并上传材料后提交");
            return "redirect:/bundle-cases/" + id;
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/bundles/" + code;
        }
    }
}
