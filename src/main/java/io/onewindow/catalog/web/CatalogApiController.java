package io.onewindow.catalog.web;

import io.onewindow.catalog.Audience;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.catalog.CatalogFigures;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.SearchPage;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.platform.OneWindowException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published catalogue for the mobile site and other systems: the same versions the pages show. */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "事项清单")
@PreAuthorize("permitAll()")
class CatalogApiController {

    private final Catalog catalog;

    CatalogApiController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "查询已发布事项（分页）", description = "q 可为事项名称、关键词或常用说法，如“开饭店”")
    @GetMapping("/items")
    SearchPage items(@RequestParam(required = false) String q, @RequestParam(required = false) Audience audience,
            @RequestParam(required = false) String department, @RequestParam(required = false) String region,
            @RequestParam(required = false) String lifeEvent, @RequestParam(required = false) ServiceFlag flag,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (q != null && q.length() > 50) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_INVALID_INPUT, "查询词不能超过 50 个字");
        }
        return catalog.search(new CatalogQuery(q, audience, department, region, lifeEvent, flag, page, size));
    }

    @Operation(summary = "事项的当前发布版本：一单、一表、服务标识及一图链接")
    @GetMapping("/items/{code}")
    ItemDetail item(@PathVariable String code) {
        ItemVersion v = catalog.published(code).orElseThrow(() -> new OneWindowException(
                CatalogErrorCode.CATALOG_ITEM_NOT_FOUND, "未找到已发布的事项 " + code));
        return new ItemDetail(v.code(), v.version(), v.publishedAt(), v.guide(),
                "/services/" + v.code() + "/flowchart.svg?version=" + v.version());
    }

    @Operation(summary = "事项目标完成情况（工作要点任务九、十四）")
    @GetMapping("/figures")
    CatalogFigures figures() {
        return catalog.figures();
    }

    record ItemDetail(String code, int version, Instant publishedAt, ServiceGuide guide, String flowchartUrl) {
    }
}
