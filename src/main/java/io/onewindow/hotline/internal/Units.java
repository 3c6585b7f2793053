package io.onewindow.hotline.internal;

import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.City;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 承办单位: the organisation's departments and the public-service companies (水、电、气、通信), one list. */
@Component
public class Units {

    /** A handling unit; {@code company} for the companies in {@code hotline_company}. */
    public record Unit(String id, String name, boolean company) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;

    private final City city;

    Units(JdbcClient jdbc, Organization organization, City city) {
        this.city = city;
        this.jdbc = jdbc;
        this.organization = organization;
    }

    /** The city's departments, then the companies; the dispatch list. */
    public List<Unit> cityUnits() {
        List<Unit> all = new ArrayList<>();
        List<Unit> companies = companies();
        // a utility that also takes 报装 cases as a unit of the organisation is listed once, as the company
        organization.departments(city.regionCode()).stream()
                .filter(d -> companies.stream().noneMatch(c -> c.name().equals(d.name())))
                .forEach(d -> all.add(new Unit(d.id().value(), d.name(), false)));
        all.addAll(companies);
        return all;
    }

    public Optional<Unit> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return organization.department(new DepartmentId(id)).map(d -> new Unit(d.id().value(), d.name(), false))
                .or(() -> companies().stream().filter(c -> c.id().equals(id)).findFirst());
    }

    public boolean isCompany(String id) {
        return companies().stream().anyMatch(c -> c.id().equals(id));
    }

    public String name(String id) {
        return find(id).map(Unit::name).orElse(id);
    }

    private List<Unit> companies() {
        return jdbc.sql("select id, name from hotline_company order by id")
                .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2), true)).list();
    }
}
