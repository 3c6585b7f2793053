package io.onewindow.organization;

public record Department(DepartmentId id, String regionId, String name, String shortName, boolean active) {
}
