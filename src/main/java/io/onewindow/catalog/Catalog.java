package io.onewindow.catalog;

import java.util.Optional;

/** The published catalogue, for pages, the API and other modules (casework applies under a published version). */
public interface Catalog {

    /** The current published version of an item. */
    Optional<ItemVersion> published(String code);

    /** A specific version (published or not) of an item; callers decide what they may show. */
    Optional<ItemVersion> version(String code, int version);

    SearchPage search(CatalogQuery query);

    /** The 一图 of a version, drawn from its BPMN. */
    String flowchartSvg(ItemVersion version);

    CatalogFigures figures();
}
