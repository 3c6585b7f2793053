package io.onewindow.organization.internal;

import io.onewindow.organization.Department;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.HallId;
import io.onewindow.organization.Organization;
import io.onewindow.organization.Region;
import io.onewindow.organization.ServiceHall;
import io.onewindow.organization.ServiceWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class OrganizationRepository implements Organization {

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Region> regions() {
        return jdbc.sql("select * from org_region order by sort_order").query(OrganizationRepository::region).list();
    }

    @Override
    public Optional<Region> region(String id) {
        return jdbc.sql("select * from org_region where id = ?").param(id).query(OrganizationRepository::region).optional();
    }

    @Override
    public Optional<Region> regionByGbCode(String gbCode) {
        return jdbc.sql("select * from org_region where gb_code = ?").param(gbCode)
                .query(OrganizationRepository::region).optional();
    }

    @Override
    public List<Department> departments(String regionId) {
        return jdbc.sql("select * from org_department where region_id = ? order by active desc, id").param(regionId)
                .query(OrganizationRepository::department).list();
    }

    @Override
    public Optional<Department> department(DepartmentId id) {
        return jdbc.sql("select * from org_department where id = ?").param(id.value())
                .query(OrganizationRepository::department).optional();
    }

    @Override
    public List<ServiceHall> halls() {
        return jdbc.sql("""
                select h.* from org_hall h join org_region r on r.id = h.region_id
                order by case h.level when 'CITY' then 0 when 'COUNTY' then 1 else 2 end, r.sort_order, h.name""")
                .query(OrganizationRepository::hall).list();
    }

    @Override
    public Optional<ServiceHall> hall(HallId id) {
        return jdbc.sql("select * from org_hall where id = ?").param(id.value()).query(OrganizationRepository::hall).optional();
    }

    @Override
    public List<ServiceWindow> windows(HallId hallId) {
        return jdbc.sql("select * from org_window where hall_id = ? order by number").param(hallId.value())
                .query(OrganizationRepository::window).list();
    }

    @Transactional
    void insertDepartment(Department d) {
        jdbc.sql("insert into org_department (id, region_id, name, short_name, active) values (?, ?, ?, ?, ?)")
                .params(d.id().value(), d.regionId(), d.name(), d.shortName(), d.active()).update();
    }

    @Transactional
    void updateDepartment(Department d) {
        jdbc.sql("update org_department set name = ?, short_name = ?, active = ? where id = ?")
                .params(d.name(), d.shortName(), d.active(), d.id().value()).update();
    }

    @Transactional
    void insertHall(ServiceHall h) {
        jdbc.sql("""
                insert into org_hall (id, region_id, name, level, address, opening_hours, phone, active)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(h.id().value(), h.regionId(), h.name(), h.level().name(), h.address(), h.openingHours(),
                        h.phone(), h.active())
                .update();
    }

    @Transactional
    void insertWindow(ServiceWindow w) {
        jdbc.sql("insert into org_window (id, hall_id, number, kind, department_id, active) values (?, ?, ?, ?, ?, ?)")
                .params(w.id(), w.hallId().value(), w.number(), w.kind().name(),
                        w.departmentId() == null ? null : w.departmentId().value(), w.active())
                .update();
    }

    @Transactional
    void updateHall(ServiceHall h) {
        jdbc.sql("""
                update org_hall set name = ?, level = ?, address = ?, opening_hours = ?, phone = ?, active = ?
                where id = ?""")
                .params(h.name(), h.level().name(), h.address(), h.openingHours(), h.phone(), h.active(), h.id().value())
                .update();
    }

    @Transactional
    void updateWindow(ServiceWindow w) {
        jdbc.sql("update org_window set kind = ?, department_id = ?, active = ? where id = ?")
                .params(w.kind().name(), w.departmentId() == null ? null : w.departmentId().value(), w.active(), w.id())
                .update();
    }

    Optional<ServiceWindow> window(HallId hall, String number) {
        return jdbc.sql("select * from org_window where hall_id = ? and number = ?").params(hall.value(), number)
                .query(OrganizationRepository::window).optional();
    }

    boolean hallNameTaken(String name, HallId except) {
        return jdbc.sql("select count(*) from org_hall where name = ? and id <> ?").params(name, except.value())
                .query(Integer.class).single() > 0;
    }

    @Transactional
    void setWindowActive(UUID id, boolean active) {
        jdbc.sql("update org_window set active = ? where id = ?").params(active, id).update();
    }

    Optional<ServiceWindow> window(UUID id) {
        return jdbc.sql("select * from org_window where id = ?").param(id).query(OrganizationRepository::window).optional();
    }

    boolean hallNameTaken(String name) {
        return jdbc.sql("select count(*) from org_hall where name = ?").param(name).query(Integer.class).single() > 0;
    }

    boolean departmentNameTaken(String regionId, String name, DepartmentId except) {
        return jdbc.sql("select count(*) from org_department where region_id = ? and name = ? and id <> ?")
                .params(regionId, name, except == null ? "" : except.value()).query(Integer.class).single() > 0;
    }

    boolean windowNumberTaken(HallId hall, String number) {
        return jdbc.sql("select count(*) from org_window where hall_id = ? and number = ?")
                .params(hall.value(), number).query(Integer.class).single() > 0;
    }

    private static Region region(ResultSet rs, int n) throws SQLException {
        return new Region(rs.getString("id"), rs.getString("gb_code"), rs.getString("name"),
                Region.Level.valueOf(rs.getString("level")), rs.getString("parent_id"));
    }

    private static Department department(ResultSet rs, int n) throws SQLException {
        return new Department(new DepartmentId(rs.getString("id")), rs.getString("region_id"), rs.getString("name"),
                rs.getString("short_name"), rs.getBoolean("active"));
    }

    private static ServiceHall hall(ResultSet rs, int n) throws SQLException {
        return new ServiceHall(new HallId(rs.getString("id")), rs.getString("region_id"), rs.getString("name"),
                ServiceHall.Level.valueOf(rs.getString("level")), rs.getString("address"),
                rs.getString("opening_hours"), rs.getString("phone"), rs.getBoolean("active"));
    }

    private static ServiceWindow window(ResultSet rs, int n) throws SQLException {
        String dept = rs.getString("department_id");
        return new ServiceWindow(rs.getObject("id", UUID.class), new HallId(rs.getString("hall_id")),
                rs.getString("number"), ServiceWindow.Kind.valueOf(rs.getString("kind")),
                dept == null ? null : new DepartmentId(dept), rs.getBoolean("active"));
    }
}
