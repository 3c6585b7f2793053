package io.onewindow.organization;

/** A department's stable id: its region id, a dash and a short code, e.g. {@code 511100-SCJGJ}. */
public record DepartmentId(String value) {
}
