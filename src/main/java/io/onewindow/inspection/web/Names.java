package io.onewindow.inspection.web;

import io.onewindow.organization.Department;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Department names by id, for the pages. */
final class Names {

    private Names() {
    }

    static Map<String, String> departments(Organization organization, Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        ids.forEach(id -> names.computeIfAbsent(id, k -> organization.department(new DepartmentId(k))
                .map(Department::name).orElse(k)));
        return names;
    }
}
