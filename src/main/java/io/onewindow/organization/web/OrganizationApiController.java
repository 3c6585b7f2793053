package io.onewindow.organization.web;

import io.onewindow.organization.Department;
import io.onewindow.organization.Organization;
import io.onewindow.organization.OrganizationErrorCode;
import io.onewindow.organization.Region;
import io.onewindow.organization.ServiceHall;
import io.onewindow.platform.OneWindowException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public read API of the organisation: regions, departments and halls are public information. */
@RestController
@RequestMapping("/api/v1/organization")
@Tag(name = "组织机构")
@PreAuthorize("permitAll()")
class OrganizationApiController {

    private final Organization organization;

    OrganizationApiController(Organization organization) {
        this.organization = organization;
    }

    @Operation(summary = "行政区划（乐山市及所辖县级区划、功能区）")
    @GetMapping("/regions")
    List<Region> regions() {
        return organization.regions();
    }

    @Operation(summary = "按 GB/T 2260 代码查行政区划")
    @GetMapping("/regions/{gbCode}")
    Region region(@PathVariable String gbCode) {
        return organization.regionByGbCode(gbCode).orElseThrow(() -> new OneWindowException(
                OrganizationErrorCode.ORG_REGION_NOT_FOUND, "未找到代码为 " + gbCode + " 的行政区划"));
    }

    @Operation(summary = "某区划的部门")
    @GetMapping("/regions/{regionId}/departments")
    List<Department> departments(@PathVariable String regionId) {
        organization.region(regionId).orElseThrow(() -> new OneWindowException(
                OrganizationErrorCode.ORG_REGION_NOT_FOUND, "行政区划 " + regionId + " 不存在"));
        return organization.departments(regionId);
    }

    @Operation(summary = "政务服务中心和便民服务中心")
    @GetMapping("/halls")
    List<ServiceHall> halls() {
        return organization.halls();
    }
}
