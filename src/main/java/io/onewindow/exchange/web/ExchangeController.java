package io.onewindow.exchange.web;

import io.onewindow.exchange.internal.Datasets;
import io.onewindow.exchange.internal.QueryLog;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.ChinaTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 共享门户 for staff: the 数据资源目录, the 责任清单 (overdue in red), query volumes per dataset and result, and the
 * newest queries — a department sees those of its own data, the supervisor and administrator all.
 */
@Controller
@PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN','SUPERVISOR','SYS_ADMIN')")
class ExchangeController {

    private final Datasets datasets;
    private final QueryLog log;

    ExchangeController(Datasets datasets, QueryLog log) {
        this.datasets = datasets;
        this.log = log;
    }

    @GetMapping("/exchange")
    String portal(Model model) {
        var user = CurrentUsers.current().orElseThrow();
        boolean all = user.has(Role.SUPERVISOR) || user.has(Role.SYS_ADMIN);
        model.addAttribute("datasets", datasets.all());
        model.addAttribute("duties", datasets.duties());
        model.addAttribute("today", ChinaTime.today());
        var volumes = log.volumes();
        model.addAttribute("volumes", volumes);
        // [dataset, result label, count] for the chart
        model.addAttribute("volumesJson", tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                volumes.stream().map(v -> java.util.List.of(v.datasetName(), v.resultLabel(), v.count())).toList()));
        model.addAttribute("queries", log.latest(all ? null : user.departmentId(), 50));
        model.addAttribute("ownOnly", !all);
        return "exchange/portal";
    }

    /** The 责任清单 as Excel (overdue lines in red). */
    @GetMapping("/exchange/duties.xlsx")
    org.springframework.http.ResponseEntity<byte[]> duties() {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("数据共享责任清单.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(io.onewindow.exchange.internal.DutiesWorkbook.of(datasets.duties(), ChinaTime.today()));
    }
}
