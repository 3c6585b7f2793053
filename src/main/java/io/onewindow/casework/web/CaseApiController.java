package io.onewindow.casework.web;

import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.Channel;
import io.onewindow.casework.ClockState;
import io.onewindow.casework.internal.AcceptanceDecisions;
import io.onewindow.casework.internal.ApiSubmissions;
import io.onewindow.casework.internal.CaseAccess;
import io.onewindow.casework.internal.CaseRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Applications over the API (掌上办 and other clients), idempotent by the {@code Idempotency-Key} header. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "办件")
@PreAuthorize("isAuthenticated()") // each handler narrows this to its roles
class CaseApiController {

    private final ApiSubmissions submissions;
    private final CaseAccess access;
    private final AcceptanceDecisions decisions;

    CaseApiController(ApiSubmissions submissions, CaseAccess access, AcceptanceDecisions decisions) {
        this.submissions = submissions;
        this.access = access;
        this.decisions = decisions;
    }

    record Submission(String itemCode, Integer itemVersion, Map<String, String> form) {
    }

    record CaseSummary(UUID id, String number, String itemCode, int itemVersion, CaseStatus status, String statusLabel,
            String departmentId, Instant submittedAt, ClockState clock) {
    }

    @Operation(summary = "提交申请（幂等：重试请使用同一个 Idempotency-Key）")
    @PostMapping
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<CaseSummary> submit(@RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestBody Submission body) {
        var result = submissions.submit(body.itemCode(), body.itemVersion(), body.form(), key, Channel.MOBILE);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(summary(result.record()));
    }

    @Operation(summary = "办件状态与法定时限")
    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    CaseSummary get(@PathVariable UUID id) {
        return summary(access.visible(id));
    }

    private CaseSummary summary(CaseRecord c) {
        return new CaseSummary(c.id(), c.number(), c.itemCode(), c.itemVersion(), c.status(), c.status().label(),
                c.departmentId(), c.submittedAt(), decisions.clock(c).orElse(null));
    }
}
