package io.onewindow.catalog.internal;

import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogFigures;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.catalog.ItemSummary;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.SearchPage;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.organization.Organization;
import io.onewindow.organization.Region;
import io.onewindow.workflow.ProcessModels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Serves the published catalogue. The search index is rebuilt when the publication stamp in the database
 * changes, so every node sees a publication at its next search. Flowcharts of published versions never change
 * and are cached by version id.
 */
@Service
class PublishedCatalog implements Catalog {

    private final CatalogRepository repository;
    private final Organization organization;
    private final ProcessModels processModels;
    private final Map<UUID, String> flowcharts = new ConcurrentHashMap<>();
    private volatile Index index;

    private static final long STAMP_INTERVAL_NANOS = 1_000_000_000L;

    private record Index(String stamp, CatalogSearch search, List<ItemVersion> published, Map<String, ItemVersion> byCode,
            long checkedAt, long localPublications) {
    }

    PublishedCatalog(CatalogRepository repository, Organization organization, ProcessModels processModels) {
        this.repository = repository;
        this.organization = organization;
        this.processModels = processModels;
    }

    /** From the in-memory index: published versions never change, and the index follows every publication. */
    @Override
    public Optional<ItemVersion> published(String code) {
        return Optional.ofNullable(index().byCode().get(code));
    }

    @Override
    public Optional<ItemVersion> version(String code, int version) {
        // the current published version is in memory; older and unpublished ones are read
        ItemVersion current = index().byCode().get(code);
        return current != null && current.version() == version ? Optional.of(current) : repository.versionOf(code, version);
    }

    @Override
    public SearchPage search(CatalogQuery query) {
        return index().search().search(query);
    }

    @Override
    public String flowchartSvg(ItemVersion version) {
        if (version.bpmnXml() == null) {
            return null;
        }
        if (version.status() != ItemVersion.Status.PUBLISHED) {
            return processModels.diagramSvg(version.bpmnXml());
        }
        return flowcharts.computeIfAbsent(version.id(), id -> processModels.diagramSvg(version.bpmnXml()));
    }

    @Override
    public CatalogFigures figures() {
        List<ItemVersion> published = index().published();
        Map<String, CatalogFigures.Row> byRegion = new LinkedHashMap<>();
        for (Region r : organization.regions()) {
            byRegion.put(r.id(), count(r.id(), r.name(), published.stream().filter(v -> r.id().equals(v.guide().regionId())).toList()));
        }
        Map<String, List<ItemVersion>> perDepartment = new LinkedHashMap<>();
        published.forEach(v -> perDepartment.computeIfAbsent(v.guide().departmentId(), k -> new ArrayList<>()).add(v));
        List<CatalogFigures.Row> byDepartment = perDepartment.entrySet().stream()
                .map(e -> count(e.getKey(), departmentName(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(CatalogFigures.Row::items).reversed()).toList();
        CatalogFigures.Row all = count("all", "全市", published);
        double share = published.isEmpty() ? 0
                : (double) all.byFlag().get(ServiceFlag.COMPREHENSIVE_WINDOW) / published.size();
        return new CatalogFigures(published.size(), all.byFlag(), share,
                byRegion.values().stream().filter(r -> r.items() > 0).toList(), byDepartment);
    }

    private CatalogFigures.Row count(String id, String name, List<ItemVersion> versions) {
        Map<ServiceFlag, Long> flags = new EnumMap<>(ServiceFlag.class);
        for (ServiceFlag f : ServiceFlag.values()) {
            flags.put(f, versions.stream().filter(v -> v.guide().has(f)).count());
        }
        return new CatalogFigures.Row(id, name, versions.size(), flags);
    }

    /**
     * The index, compared with the database's publication stamp at most once a second (a page that reads many items
     * costs one query, not one per item), and at once after a publication on this node. Another node's publication
     * is seen here within a second.
     */
    private Index index() {
        Index current = index;
        long now = System.nanoTime();
        long local = repository.localPublications();
        if (current != null && local == current.localPublications() && now - current.checkedAt() < STAMP_INTERVAL_NANOS) {
            return current;
        }
        String stamp = repository.publicationStamp();
        if (current != null && current.stamp().equals(stamp)) {
            current = new Index(stamp, current.search(), current.published(), current.byCode(), now, local);
            index = current;
        } else {
            List<ItemVersion> published = repository.allCurrentPublished();
            Map<String, String> names = departmentNames();
            Map<String, ItemVersion> byCode = new java.util.HashMap<>();
            published.forEach(v -> byCode.put(v.code(), v));
            current = new Index(stamp, new CatalogSearch(published, v -> summary(v, names)), published, Map.copyOf(byCode),
                    now, local);
            index = current;
        }
        return current;
    }

    private static ItemSummary summary(ItemVersion v, Map<String, String> departmentNames) {
        ServiceGuide g = v.guide();
        return new ItemSummary(v.code(), v.version(), g.name(), g.type(), g.departmentId(),
                departmentNames.getOrDefault(g.departmentId(), g.departmentId()), g.regionId(), g.audience(), g.flags(),
                g.statutoryDays(), g.promisedDays(), g.result());
    }

    private Map<String, String> departmentNames() {
        Map<String, String> names = new java.util.HashMap<>();
        organization.regions().forEach(r -> organization.departments(r.id())
                .forEach(d -> names.put(d.id().value(), d.name())));
        return names;
    }

    private String departmentName(String id) {
        return organization.departmentName(id);
    }
}
