package io.onewindow.hotline.web;

import io.onewindow.hotline.internal.UnitHandling;
import io.onewindow.hotline.internal.WorkOrderRepository;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The handling unit's side: its work orders (callers masked), 签收 and 回复. */
@Controller
@PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
class UnitHotlineController {

    private final UnitHandling orders;
    private final WorkOrderRepository records;
    private final io.onewindow.hotline.internal.Attachments attachments;

    UnitHotlineController(UnitHandling orders, WorkOrderRepository records,
            io.onewindow.hotline.internal.Attachments attachments) {
        this.orders = orders;
        this.records = records;
        this.attachments = attachments;
    }

    @GetMapping("/department/hotline/{id}/attachments/{attachmentId}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return AttachmentResponses.of(attachments, orders.visibleToUnit(id).id(), attachmentId);
    }

    @GetMapping("/department/hotline")
    String list(Model model) {
        model.addAttribute("orders", orders.ofMyUnit());
        model.addAttribute("today", ChinaTime.today());
        return "hotline/unit";
    }

    @GetMapping("/department/hotline/{id}")
    String order(@PathVariable UUID id, Model model) {
        var order = orders.visibleToUnit(id);
        model.addAttribute("o", order);
        model.addAttribute("coUnits", records.coUnits(id));
        model.addAttribute("fullCaller", order.leadUnit() != null && order.leadUnit().equals(
                io.onewindow.identity.CurrentUsers.current().map(u -> u.departmentId()).orElse(null))
                ? orders.callerForUnitCallback(id).orElse(null) : null);
        model.addAttribute("lead", order.leadUnit() != null && order.leadUnit().equals(
                io.onewindow.identity.CurrentUsers.current().map(u -> u.departmentId()).orElse(null)));
        model.addAttribute("events", records.events(id));
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("today", ChinaTime.today());
        return "hotline/unit-order";
    }

    @PostMapping("/department/hotline/{id}/sign")
    String sign(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            orders.sign(id);
            return "已签收";
        });
        return "redirect:/department/hotline/" + id;
    }

    /** 退单, 延期申请 and 待补充 from the unit. */
    @PostMapping("/department/hotline/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") int days, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            String message = switch (action) {
                case "return" -> {
                    orders.returnToCentre(id, text);
                    yield "已退单";
                }
                case "extension" -> {
                    orders.requestExtension(id, days, text);
                    yield "已申请延期，等待热线中心审批";
                }
                case "opinion" -> {
                    orders.coOpinion(id, text);
                    yield "已提交协办意见";
                }
                case "pause" -> {
                    orders.pause(id, text);
                    yield "已转待补充，办理时限暂停计算";
                }
                default -> throw new OneWindowException(io.onewindow.hotline.HotlineErrorCode.HOTLINE_INVALID_INPUT, "未知操作");
            };
            return message;
        });
        return "return".equals(action) ? "redirect:/department/hotline" : "redirect:/department/hotline/" + id;
    }

    @PostMapping("/department/hotline/{id}/reply")
    String reply(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            orders.reply(id, text);
            return "已回复";
        });
        return "redirect:/department/hotline/" + id;
    }
}
