package io.onewindow.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published in the transaction that registers a newborn ({@link Guardianships#registerBirth}): the 户籍 register
 * takes the child in the same transaction, and a 一件事 waiting for the child goes on after it commits.
 *
 * @param maskedIdNumber the child's new 公民身份号码, masked
 */
public record BirthRegistered(UUID childId, String name, String maskedIdNumber, String sex, LocalDate birthDate,
        UUID guardianId, String relation, UUID basisCaseId) {
}
