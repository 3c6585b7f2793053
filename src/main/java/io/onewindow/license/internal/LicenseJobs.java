package io.onewindow.license.internal;

import io.onewindow.platform.RecoverableJobs;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The licence backlog import, failed with a reason if a crash leaves it running. */
@Configuration(proxyBeanMethods = false)
class LicenseJobs {

    @Bean
    RecoverableJobs licenseImportJobs() {
        return new RecoverableJobs("license_import_job", "status", List.of("RUNNING"), "FAILED", "errors",
                "导入因平台重启或异常退出而中断：已导入的证照保留，重新上传同一文件时已导入的证照会被跳过。");
    }
}
