package io.onewindow.hotline.internal;

import io.onewindow.platform.ProtectedColumn;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(HotlineSettings.class)
class HotlineConfiguration {

    /** Callers' names and numbers are sealed; declared for the data-key rotation. */
    @Bean
    ProtectedColumn callerNames() {
        return ProtectedColumn.bytes("hotline_order", "id", "caller_name");
    }

    @Bean
    ProtectedColumn callerPhones() {
        return ProtectedColumn.bytes("hotline_order", "id", "caller_phone");
    }
}
