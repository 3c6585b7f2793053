package io.onewindow.evaluation.internal;

import io.onewindow.platform.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evaluation module's sealed columns, for the data-key rotation. */
@Configuration(proxyBeanMethods = false)
class EvaluationProtectedColumns {

    /** The phone a person left with a “办不成事” report. */
    @Bean
    ProtectedColumn unresolvedReportPhones() {
        return ProtectedColumn.bytes("evaluation_unresolved", "id", "phone");
    }
}
