package io.onewindow.license.internal;

import io.onewindow.platform.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The private keys of the city CA and the department seals are sealed; declared for the data-key rotation. */
@Configuration(proxyBeanMethods = false)
class LicenseProtectedColumns {

    @Bean
    ProtectedColumn caPrivateKey() {
        return ProtectedColumn.bytes("license_ca", "id", "private_key_cipher");
    }

    @Bean
    ProtectedColumn sealPrivateKeys() {
        return ProtectedColumn.bytes("license_seal", "department_id", "private_key_cipher");
    }
}
