package io.onewindow.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An enterprise, individual business or other registered entity (市场主体).
 *
 * @param industryCode GB/T 4754-2017 code: a 门类 letter, optionally followed by 2–4 digits (e.g. {@code C3011})
 * @param assurance who vouches for the registration
 */
public record Enterprise(UUID id, String creditCode, String name, String entityType, String legalRepresentative,
        String regionCode, String industryCode, SizeClass sizeClass, LocalDate establishedOn, Assurance assurance) {
}
