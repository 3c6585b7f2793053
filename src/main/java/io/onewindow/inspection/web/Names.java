package io.onewindow.inspection.web;

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
        ids.forEach(id -> names.computeIfAbsent(id, organization::departmentName));
        return names;
    }
}
