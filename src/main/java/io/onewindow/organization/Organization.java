package io.onewindow.organization;

import java.util.List;
import java.util.Optional;

/** Read access to the city's organisation for every other module. Regions are looked up by code, never by name. */
public interface Organization {

    List<Region> regions();

    /** By platform id (GB/T 2260 code or zone code). */
    Optional<Region> region(String id);

    /** By GB/T 2260 code only: {@code 511102} is 乐山市市中区, whereas 内江's 市中区 is 511002. */
    Optional<Region> regionByGbCode(String gbCode);

    List<Department> departments(String regionId);

    Optional<Department> department(DepartmentId id);

    /** A department's name for a page, or its id when it is unknown (e.g. retired from the organisation). */
    default String departmentName(String id) {
        return department(new DepartmentId(id)).map(Department::name).orElse(id);
    }

    List<ServiceHall> halls();

    Optional<ServiceHall> hall(HallId id);

    List<ServiceWindow> windows(HallId hallId);
}
