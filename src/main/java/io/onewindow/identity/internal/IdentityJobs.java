package io.onewindow.identity.internal;

import io.onewindow.platform.RecoverableJobs;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's background jobs, failed with a reason if a crash leaves them running. */
@Configuration(proxyBeanMethods = false)
class IdentityJobs {

    @Bean
    RecoverableJobs organizationImportJobs() {
        // the rows are written in one transaction, so an interrupted import wrote nothing
        return new RecoverableJobs("identity_org_import", "status", List.of("RUNNING"), "FAILED", "errors",
                "导入因平台重启或异常退出而中断，未导入任何数据，请重新上传文件。");
    }
}
