package io.onewindow.audit.web;

import io.onewindow.audit.AuditEntry;
import io.onewindow.audit.AuditLog;
import io.onewindow.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "审计日志")
@PreAuthorize("hasAnyRole('SYS_ADMIN','SUPERVISOR')")
class AuditApiController {

    private final AuditLog auditLog;

    AuditApiController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Operation(summary = "校验审计哈希链，报告第一条断链记录")
    @GetMapping("/verification")
    ChainVerification verify() {
        return auditLog.verify();
    }

    @Operation(summary = "最近的审计记录（可按对象筛选）")
    @GetMapping("/entries")
    List<AuditEntry> entries(@RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId, @RequestParam(defaultValue = "100") int limit) {
        return auditLog.latest(objectType, objectId, limit);
    }
}
