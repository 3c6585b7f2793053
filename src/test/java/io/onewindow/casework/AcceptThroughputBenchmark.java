package io.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import io.onewindow.casework.internal.AcceptanceDecisions;
import io.onewindow.casework.internal.ApiSubmissions;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.workflow.Processes;
import io.onewindow.workflow.StandardProcesses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accept-to-task-created throughput as a ratio to raw Flowable {@code startProcessInstanceByKey} on the same
 * database in the same run (alternating rounds). Not part of the suite (no *Tests suffix); run with
 * {@code mvn test -Dtest=AcceptThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class AcceptThroughputBenchmark {

    private static final int ROUNDS = 3;
    private static final int PER_ROUND = 150;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApiSubmissions submissions;

    @Autowired
    AcceptanceDecisions decisions;

    @Autowired
    Processes processes;

    @Autowired
    Catalog catalog;

    @Autowired
    UserDetailsService users;

    private void as(String username) {
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    @Test
    void acceptToTaskAgainstRawProcessStart() {
        repository.createDeployment().key("bench-raw").addString("bench_raw.bpmn20.xml",
                StandardProcesses.bpmn(StandardProcesses.Shape.SIMPLE, "bench_raw", "基准流程", "511100-RSJ", List.of()))
                .deploy();
        String item = catalog.search(CatalogQuery.text("城镇职工基本养老保险关系转移接续")).items().get(0).code();
        double rawTotal = 0;
        double platformTotal = 0;
        for (int round = 0; round < ROUNDS + 1; round++) {
            as("zhangsan");
            List<UUID> cases = new ArrayList<>();
            for (int i = 0; i < PER_ROUND; i++) {
                cases.add(submissions.submit(item, null, Map.of("fromRegion", "重庆市", "phone", "13800000001"),
                        "bench-accept-" + round + "-" + i, Channel.MOBILE).record().id());
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                transaction.executeWithoutResult(s -> runtime.startProcessInstanceByKey("bench_raw", UUID.randomUUID().toString()));
            }
            double raw = PER_ROUND / ((System.nanoTime() - t0) / 1e9);
            as("approver.hr");
            long t1 = System.nanoTime();
            for (UUID id : cases) {
                decisions.accept(id);
            }
            double platform = PER_ROUND / ((System.nanoTime() - t1) / 1e9);
            for (UUID id : cases) {
                assertThat(processes.tasksOfCase(id.toString())).hasSize(1);
            }
            if (round > 0) { // round 0 warms up
                rawTotal += raw;
                platformTotal += platform;
                System.out.printf("round %d: raw startProcessInstanceByKey %.0f/s, accept-to-task %.0f cases/s, ratio %.2f%n",
                        round, raw, platform, platform / raw);
            }
        }
        System.out.printf("ACCEPT-TO-TASK: %.0f cases/s; raw Flowable start %.0f/s; ratio %.2f (%d rounds of %d)%n",
                platformTotal / ROUNDS, rawTotal / ROUNDS, platformTotal / rawTotal, ROUNDS, PER_ROUND);
        SecurityContextHolder.clearContext();
    }
}
