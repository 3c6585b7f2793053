package io.onewindow.inspection.internal;

import io.onewindow.platform.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inspection module's sealed values, for the data-key rotation. */
@Configuration(proxyBeanMethods = false)
class InspectionProtectedColumns {

    /** A plan's seed between its commitment and its draw. */
    @Bean
    ProtectedColumn sealedSeeds() {
        return ProtectedColumn.bytes("inspection_plan", "id", "sealed_seed");
    }
}
