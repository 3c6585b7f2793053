package io.onewindow.catalog.web;

import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.platform.OneWindowException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The guide at the counter: the same published version, with the 一次性告知单 to print for the applicant. */
@Controller
@PreAuthorize("hasAnyRole('WINDOW_CLERK','SYS_ADMIN')")
class WindowGuideController {

    private final Catalog catalog;
    private final GuideView guideView;

    WindowGuideController(Catalog catalog, GuideView guideView) {
        this.catalog = catalog;
        this.guideView = guideView;
    }

    @GetMapping("/window/items/{code}")
    String guide(@PathVariable String code, Model model) {
        ItemVersion version = catalog.published(code).orElseThrow(() -> new OneWindowException(
                CatalogErrorCode.CATALOG_ITEM_NOT_FOUND, "未找到已发布的事项 " + code));
        guideView.addTo(model, version);
        return "catalog/window";
    }
}
