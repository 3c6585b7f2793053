package io.onewindow.hotline.web;

import io.onewindow.hotline.internal.Duplicates;
import io.onewindow.hotline.internal.KnowledgeBase;
import io.onewindow.hotline.internal.OrderIntake;
import io.onewindow.hotline.internal.OrderStatus;
import io.onewindow.hotline.internal.OrderType;
import io.onewindow.hotline.internal.Units;
import io.onewindow.hotline.internal.WorkOrderRepository;
import io.onewindow.hotline.internal.WorkOrders;
import io.onewindow.organization.Organization;
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

/** The 12345 agent console: take a call, answer from the knowledge base or dispatch, call back, close. */
@Controller
@PreAuthorize("hasRole('HOTLINE_AGENT')")
class HotlineController {

    private final WorkOrders orders;
    private final WorkOrderRepository records;
    private final OrderIntake intake;
    private final CentreActions actions;
    private final KnowledgeBase knowledgeBase;
    private final Duplicates duplicates;
    private final Units units;
    private final Organization organization;
    private final io.onewindow.hotline.internal.Attachments attachments;
    private final io.onewindow.hotline.internal.Categories categoryTree;

    HotlineController(WorkOrders orders, WorkOrderRepository records, OrderIntake intake, CentreActions actions,
            KnowledgeBase knowledgeBase, Duplicates duplicates, Units units, Organization organization,
            io.onewindow.hotline.internal.Attachments attachments, io.onewindow.hotline.internal.Categories categoryTree) {
        this.records = records;
        this.intake = intake;
        this.actions = actions;
        this.categoryTree = categoryTree;
        this.attachments = attachments;
        this.orders = orders;
        this.knowledgeBase = knowledgeBase;
        this.duplicates = duplicates;
        this.units = units;
        this.organization = organization;
    }

    @GetMapping("/hotline")
    String console(@RequestParam(required = false) String q, @RequestParam(required = false) String queue, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("answers", q == null ? java.util.List.of() : knowledgeBase.search(q, 5));
        model.addAttribute("types", OrderType.values());
        model.addAttribute("categories", categoryTree.options());
        model.addAttribute("regions", organization.regions());
        // 亲清在线 专席: the enterprise appeals only
        boolean enterprise = "enterprise".equals(queue);
        model.addAttribute("queue", enterprise ? "enterprise" : "all");
        model.addAttribute("open", records.open().stream().filter(o -> !enterprise || o.enterprise()).toList());
        model.addAttribute("today", ChinaTime.today());
        return "hotline/console";
    }

    @PostMapping("/hotline/orders")
    String intake(@RequestParam(required = false) String type, @RequestParam(required = false) String categoryCode,
            @RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(required = false) String callerName,
            @RequestParam(required = false) String callerPhone, @RequestParam(required = false) String content,
            @RequestParam(required = false) String regionId, @RequestParam(required = false) String address,
            @RequestParam(required = false) String creditCode, @RequestParam(defaultValue = "false") boolean foreignInvested,
            @RequestParam(defaultValue = "false") boolean urgent, RedirectAttributes redirect) {
        try {
            UUID id = intake.intake(new OrderIntake.NewOrder("PHONE", type, categoryCode, anonymous, callerName, callerPhone,
                    content, regionId, address, null, null, null, creditCode, foreignInvested, urgent, false));
            redirect.addFlashAttribute("message", "已受理");
            return "redirect:/hotline/orders/" + id;
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            redirect.addFlashAttribute("content", content);
            return "redirect:/hotline";
        }
    }

    /** 诉求分类维护. */
    @GetMapping("/hotline/categories")
    String categoryPage(Model model) {
        model.addAttribute("categories", categoryTree.all());
        return "hotline/categories";
    }

    @PostMapping("/hotline/categories")
    String addCategory(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String parentCode, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            categoryTree.add(code, name, parentCode);
            return "已新增分类";
        });
        return "redirect:/hotline/categories";
    }

    @PostMapping("/hotline/categories/{code}/active")
    String toggleCategory(@PathVariable String code, @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            categoryTree.setActive(code, active);
            return active ? "已启用" : "已停用（历史工单保留原分类）";
        });
        return "redirect:/hotline/categories";
    }

    /** 知识库维护. */
    @GetMapping("/hotline/kb")
    String knowledgeBase(Model model) {
        model.addAttribute("entries", knowledgeBase.all());
        model.addAttribute("categories", categoryTree.options());
        return "hotline/kb";
    }

    @PostMapping("/hotline/kb")
    String saveAnswer(@RequestParam(required = false) Integer id, @RequestParam(required = false) String categoryCode,
            @RequestParam(required = false) String question, @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            knowledgeBase.save(id, categoryCode, question, answer);
            return "已保存";
        });
        return "redirect:/hotline/kb";
    }

    @GetMapping("/hotline/orders/{id}")
    String order(@PathVariable UUID id, Model model) {
        var order = records.get(id);
        model.addAttribute("o", order);
        model.addAttribute("caller", order.anonymous() ? null : orders.callerOf(id));
        model.addAttribute("events", records.events(id));
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("duplicates", order.status() == OrderStatus.CLOSED ? java.util.List.of() : duplicates.of(id));
        model.addAttribute("answers", order.status() == OrderStatus.RECEIVED ? knowledgeBase.search(order.content(), 3) : java.util.List.of());
        model.addAttribute("units", units.cityUnits());
        model.addAttribute("leadUnit", order.leadUnit() == null ? null : units.name(order.leadUnit()));
        model.addAttribute("coUnits", records.coUnits(id));
        model.addAttribute("companyUnit", order.leadUnit() != null && units.isCompany(order.leadUnit()));
        model.addAttribute("today", ChinaTime.today());
        return "hotline/order";
    }

    @GetMapping("/hotline/orders/{id}/attachments/{attachmentId}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return AttachmentResponses.of(attachments, records.get(id).id(), attachmentId);
    }

    @PostMapping("/hotline/orders/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, CentreActions.Form form, RedirectAttributes redirect) {
        Flash.run(redirect, () -> actions.perform(action, id, form));
        return "redirect:/hotline/orders/" + id;
    }
}
