package io.onewindow.casework;

import java.util.UUID;

/**
 * Something the applicant of a case should be told (in-site message and SMS). Published by any module with the
 * transaction that makes it true, delivered by casework once that commits (and again after a crash, from the event
 * publication registry), so a rolled-back step never sends a message.
 */
public record ApplicantNotice(UUID caseId, String message) {
}
