package io.onewindow.identity.internal;

import io.onewindow.platform.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's sealed columns, for the data-key rotation. */
@Configuration(proxyBeanMethods = false)
class IdentityProtectedColumns {

    @Bean
    ProtectedColumn citizenIdNumbers() {
        return ProtectedColumn.bytes("identity_citizen", "id", "id_number_cipher");
    }

    @Bean
    ProtectedColumn citizenPhones() {
        return ProtectedColumn.bytes("identity_citizen", "id", "phone_cipher");
    }

    @Bean
    ProtectedColumn generatedInitialPasswords() {
        return ProtectedColumn.bytes("identity_org_import", "id", "passwords");
    }
}
