package io.onewindow.casework.internal;

import java.util.UUID;

/**
 * The person or enterprise a case is for.
 *
 * @param tail last 4 characters of the ID number or credit code, for the public lookup
 * @param account their own login, if they have one (a person identified at a window may not)
 */
public record Applicant(String kind, UUID id, String name, String tail, UUID account) {
}
