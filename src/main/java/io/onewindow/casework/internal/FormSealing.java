package io.onewindow.casework.internal;

import io.onewindow.platform.PersonalDataProtector;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Personal identifiers typed into an application form (ID numbers, phone numbers) are stored SM4-encrypted like
 * everywhere else in the platform, recognised by their shape whatever the field is called. Values written before
 * this existed are read as they are.
 */
@Component
class FormSealing {

    private static final String SEALED = "sm4:";
    private static final Pattern PERSONAL = Pattern.compile(
            "\\d{17}[0-9Xx]|\\d{15}|(\\+?86[- ]?)?1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|[^@\\s]{1,64}@[^@\\s]{1,200}\\.[A-Za-z]{2,24}");

    private final PersonalDataProtector protector;

    FormSealing(PersonalDataProtector protector) {
        this.protector = protector;
    }

    Map<String, String> seal(Map<String, String> form) {
        Map<String, String> sealed = new LinkedHashMap<>();
        form.forEach((k, v) -> sealed.put(k, v != null && PERSONAL.matcher(v.strip()).matches()
                ? SEALED + Base64.getEncoder().encodeToString(protector.encrypt(v)) : v));
        return sealed;
    }

    Map<String, String> open(Map<String, String> stored) {
        Map<String, String> form = new LinkedHashMap<>();
        stored.forEach((k, v) -> form.put(k, v != null && v.startsWith(SEALED)
                ? protector.decrypt(Base64.getDecoder().decode(v.substring(SEALED.length()))) : v));
        return form;
    }
}
