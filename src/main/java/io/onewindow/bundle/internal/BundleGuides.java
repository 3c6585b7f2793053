package io.onewindow.bundle.internal;

import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceGuide;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The guide of each published bundle, from the current published versions of its member items. */
@Service
public class BundleGuides {

    private final BundleDefinitions definitions;
    private final Catalog catalog;

    BundleGuides(BundleDefinitions definitions, Catalog catalog) {
        this.definitions = definitions;
        this.catalog = catalog;
    }

    /** Every published bundle whose members are all still published. */
    public List<BundleGuide> all() {
        return definitions.published().stream().map(this::guide).flatMap(Optional::stream).toList();
    }

    public Optional<BundleGuide> of(String code) {
        return definitions.published(code).flatMap(this::guide);
    }

    /** Empty when a member item is no longer published (the bundle cannot be applied for until it is again). */
    public Optional<BundleGuide> guide(BundleDefinition d) {
        Map<Integer, ServiceGuide> guides = new HashMap<>();
        for (BundleDefinition.Member m : d.members()) {
            Optional<ItemVersion> item = catalog.published(m.itemCode());
            if (item.isEmpty()) {
                return Optional.empty();
            }
            guides.put(m.position(), item.get().guide());
        }
        return Optional.of(BundleGuide.of(d, guides));
    }
}
