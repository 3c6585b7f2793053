package io.onewindow.policy.internal;

import io.onewindow.platform.RecoverableJobs;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy module's background jobs, failed with a reason if a crash leaves them running. */
@Configuration(proxyBeanMethods = false)
class PolicyJobs {

    @Bean
    RecoverableJobs factImportJobs() {
        // the rows are written in one transaction, so an interrupted import wrote nothing
        return new RecoverableJobs("policy_fact_import", "status", List.of("CHECKING", "WRITING"), "FAILED", "errors",
                "导入因平台重启或异常退出而中断，未导入任何数据，请重新上传文件。");
    }

    @Bean
    RecoverableJobs matchRunJobs() {
        return new RecoverableJobs("policy_match_run", "phase", List.of("QUEUED", "READING", "MATCHING", "WRITING"),
                "FAILED", "failure", "匹配因平台重启或异常退出而中断；上次完成的匹配结果仍然有效，可重新发起匹配，夜间全量匹配也会补上。");
    }
}
