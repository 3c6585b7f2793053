package io.onewindow.catalog.web;

import io.onewindow.catalog.Audience;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.SearchPage;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.internal.GuidePdf;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.RenderedPages;
import io.onewindow.workflow.ProcessModels;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.cache.CacheManager;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/** 办事指南 for everyone: browse by audience and life event, department or region; search; one guide per item. */
@Controller
@RequestMapping("/services")
@PreAuthorize("permitAll()")
class CatalogPortalController {

    private final Catalog catalog;
    private final Organization organization;
    private final GuideView guideView;
    private final GuidePdf guidePdf;
    private final ProcessModels processModels;
    private final RenderedPages pages;
    private final CacheManager caches;

    CatalogPortalController(Catalog catalog, Organization organization, GuideView guideView, GuidePdf guidePdf,
            ProcessModels processModels, RenderedPages pages, CacheManager caches) {
        this.pages = pages;
        this.caches = caches;
        this.catalog = catalog;
        this.organization = organization;
        this.guideView = guideView;
        this.guidePdf = guidePdf;
        this.processModels = processModels;
    }

    @GetMapping
    String browse(@RequestParam(required = false) String q, @RequestParam(required = false) Audience audience,
            @RequestParam(required = false) String lifeEvent, @RequestParam(required = false) String department,
            @RequestParam(required = false) String region, @RequestParam(required = false) ServiceFlag flag,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CatalogQuery query = new CatalogQuery(blankToNull(q), audience, blankToNull(department), blankToNull(region),
                blankToNull(lifeEvent), flag, page, 20);
        SearchPage result = catalog.search(query);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("flags", ServiceFlag.values());
        model.addAttribute("regions", organization.regions());
        List<Object> departments = new ArrayList<>();
        organization.regions().forEach(r -> departments.addAll(organization.departments(r.id())));
        model.addAttribute("departments", departments);
        return "catalog/browse";
    }

    /**
     * A published version never changes: a visitor who has it gets 304 Not Modified (ETag by item and version,
     * Last-Modified by publication). Signed-in pages carry the person's name, so only anonymous ones are validated.
     */
    @GetMapping("/{code}")
    ResponseEntity<String> guide(@PathVariable String code, Model model, WebRequest webRequest,
            HttpServletRequest request, HttpServletResponse response) {
        ItemVersion version = published(code);
        boolean anonymous = anonymous();
        if (anonymous && webRequest.checkNotModified(etag(version), lastModified(version))) {
            return null;
        }
        // the same HTML for every anonymous visitor of this version: rendered once, then served from the cache
        String html = pages.html(anonymous ? GuideCaches.PAGES : null, etag(version), "catalog/guide", () -> {
            guideView.addTo(model, version);
            return model.asMap();
        }, request, response);
        return anonymous ? RenderedPages.ok().eTag(etag(version)).lastModified(lastModified(version)).body(html)
                : RenderedPages.ok().cacheControl(CacheControl.noStore()).body(html);
    }

    private static String etag(ItemVersion v) {
        return "\"" + v.code() + "-v" + v.version() + "\"";
    }

    private static long lastModified(ItemVersion v) {
        // to the second, as HTTP dates are
        return v.publishedAt() == null ? -1 : v.publishedAt().getEpochSecond() * 1000;
    }

    private static boolean anonymous() {
        return io.onewindow.identity.CurrentUsers.current().isEmpty();
    }

    @GetMapping(value = "/{code}/flowchart.svg", produces = "image/svg+xml")
    ResponseEntity<String> flowchart(@PathVariable String code, @RequestParam(required = false) Integer version) {
        ItemVersion v = version == null ? published(code) : catalog.version(code, version)
                .filter(x -> x.status() == ItemVersion.Status.PUBLISHED)
                .orElseThrow(() -> new OneWindowException(CatalogErrorCode.CATALOG_VERSION_NOT_FOUND,
                        "事项 " + code + " 没有已发布的第 " + version + " 版"));
        // a published version's drawing never changes: validated by ETag, kept a day
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).eTag(etag(v))
                .lastModified(lastModified(v)).cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
                .body(catalog.flowchartSvg(v));
    }

    /** The same published version as a PDF, for printing or saving (Noto Sans SC embedded). */
    @GetMapping(value = "/{code}/guide.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String code, WebRequest request) {
        ItemVersion v = published(code);
        if (request.checkNotModified(etag(v), lastModified(v))) {
            return null;
        }
        String department = organization.department(new DepartmentId(v.guide().departmentId()))
                .map(d -> d.name()).orElse(v.guide().departmentId());
        byte[] pdf = caches.getCache(GuideCaches.PDFS).get(etag(v),
                () -> guidePdf.render(v, department, v.bpmnXml() == null ? null : processModels.diagram(v.bpmnXml())));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).eTag(etag(v)).lastModified(lastModified(v))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(v.guide().name() + "-办事指南.pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    private ItemVersion published(String code) {
        return catalog.published(code).orElseThrow(() -> new OneWindowException(CatalogErrorCode.CATALOG_ITEM_NOT_FOUND,
                "未找到已发布的事项 " + code));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
