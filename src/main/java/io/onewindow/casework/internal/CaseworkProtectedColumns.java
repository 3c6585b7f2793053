package io.onewindow.casework.internal;

import io.onewindow.platform.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The casework module's sealed values, for the data-key rotation. */
@Configuration(proxyBeanMethods = false)
class CaseworkProtectedColumns {

    /** ID numbers, phones and e-mail addresses typed into application forms ({@link FormSealing}). */
    @Bean
    ProtectedColumn applicationForms() {
        return new ProtectedColumn("casework_case", "id", "form_data", ProtectedColumn.Format.JSON_VALUES);
    }

    /** The outbox of earlier versions (no longer written). */
    @Bean
    ProtectedColumn oldSmsOutbox() {
        return ProtectedColumn.bytes("casework_sms_outbox", "id", "phone");
    }
}
