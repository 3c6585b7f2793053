package io.onewindow.identity;

import java.time.LocalDate;
import java.util.UUID;

/** A natural person registered by real name. Only the masked ID number travels; the full one stays encrypted. */
public record Citizen(UUID id, String name, String maskedIdNumber, LocalDate birthDate, String sex, String addressCode,
        String maskedPhone) {
}
