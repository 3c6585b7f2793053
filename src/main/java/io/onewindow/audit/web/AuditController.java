package io.onewindow.audit.web;

import io.onewindow.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 page: recent entries with a filter, and a button that verifies the whole chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAnyRole('SYS_ADMIN','SUPERVISOR')")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    String list(@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            Model model) {
        model.addAttribute("entries", auditLog.latest(objectType, objectId, 200));
        model.addAttribute("objectType", objectType);
        model.addAttribute("objectId", objectId);
        return "audit/list";
    }

    /** htmx target: runs the verification and returns the result fragment. */
    @PostMapping("/verification")
    String verify(Model model) {
        model.addAttribute("result", auditLog.verify());
        return "audit/verification";
    }
}
