package io.onewindow.hotline.web;

import io.onewindow.hotline.internal.Attachments;
import io.onewindow.hotline.internal.OrderIntake;
import io.onewindow.hotline.internal.OrderType;
import io.onewindow.hotline.internal.WorkOrderRepository;
import io.onewindow.organization.Organization;
import io.onewindow.platform.LookupThrottle;
import io.onewindow.platform.OneWindowException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 12345 on the web and mobile: anyone files a request with photos, and follows it by number and phone tail. */
@Controller
@PreAuthorize("permitAll()")
class PublicHotlineController {

    private final OrderIntake intake;
    private final WorkOrderRepository records;
    private final Organization organization;
    private final io.onewindow.hotline.internal.Categories categories;

    private final LookupThrottle throttle;

    PublicHotlineController(OrderIntake intake, WorkOrderRepository records, Organization organization, io.onewindow.hotline.internal.Categories categories,
            @Value("${onewindow.lookup.wrong-guesses-per-number:5}") int perNumber,
            @Value("${onewindow.lookup.wrong-guesses-per-client:30}") int perClient) {
        this.throttle = new LookupThrottle("该工单编号", perNumber, perClient);
        this.intake = intake;
        this.records = records;
        this.organization = organization;
        this.categories = categories;
    }

    @GetMapping("/12345")
    String form(@RequestParam(required = false) String number, @RequestParam(required = false) String tail,
            @RequestParam(required = false) String category, @RequestParam(required = false) String type, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("types", OrderType.values());
        // links from other pages preselect, e.g. /12345?type=CONSULTATION&category=HQZC from 惠企政策
        model.addAttribute("presetCategory", category);
        model.addAttribute("presetType", type);
        model.addAttribute("categories", categories.options());
        model.addAttribute("regions", organization.regions());
        if (number != null && !number.isBlank()) {
            track(number.strip().toUpperCase(), tail, model, request, response);
        }
        return "hotline/report";
    }

    /** Progress by number and phone tail; wrong tails are limited per number and per client address. */
    private void track(String number, String tail, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            throttle.checkAllowed(number, request.getRemoteAddr());
        } catch (OneWindowException e) {
            response.setStatus(e.errorCode().status().value());
            model.addAttribute("trackRefused", e.detail());
            return;
        }
        var tracked = records.track(number, tail);
        if (tracked.isEmpty()) {
            throttle.wrongGuess(number, request.getRemoteAddr());
        }
        model.addAttribute("tracked", tracked.orElse(null));
        model.addAttribute("trackedMissing", tracked.isEmpty());
    }

    @PostMapping("/12345")
    String report(@RequestParam(required = false) String type, @RequestParam(required = false) String categoryCode,
            @RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(required = false) String callerName,
            @RequestParam(required = false) String callerPhone, @RequestParam(required = false) String content,
            @RequestParam(required = false) String regionId, @RequestParam(required = false) String address,
            @RequestParam(defaultValue = "false") boolean publicConsent,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        try {
            List<Attachments.Upload> uploads = new ArrayList<>();
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (!f.isEmpty()) {
                    uploads.add(new Attachments.Upload(f.getOriginalFilename(), f.getBytes()));
                }
            }
            var id = intake.intake(new OrderIntake.NewOrder("WEB", type, categoryCode, anonymous, callerName, callerPhone,
                    content, regionId, address, null, null, null, null, false, false, publicConsent), uploads);
            redirect.addFlashAttribute("message", "已受理，工单编号 " + records.get(id).number()
                    + "。可凭编号和联系电话后四位查询办理进度。");
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            redirect.addFlashAttribute("content", content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/12345";
    }
}
