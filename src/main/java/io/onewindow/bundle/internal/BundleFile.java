package io.onewindow.bundle.internal;

import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.catalog.ItemSummary;
import io.onewindow.platform.Sm3;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the bundles the city ships ({@code bundles/bundles.json}) at start: members named by their catalogue item,
 * resolved to the published item's code. A bundle whose definition changed is published as a new version; one
 * whose member is not in the catalogue is skipped with a warning (the city has not published that item).
 */
@Component
@Order(35) // after the catalogue (10, 20) and the licence types (30)
class BundleFile implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundleFile.class);

    /** The file's shape: members by item name; {@code after} by item name too. */
    record FileBundle(String code, String name, String kind, String event, String summary, String basis,
            String jointResult, FileOffer offer, List<FileMember> members) {
    }

    /** 主动服务: offered when the member named {@code after} is 准予 on its own, or {@code on} an event. */
    record FileOffer(String after, String on, String message) {
    }

    /** {@code forNewborn}: the member is the child's, applied for once an earlier member registered the birth. */
    record FileMember(String item, String condition, List<String> after, Boolean forNewborn, Boolean forNewEnterprise) {
    }

    record File(String about, List<FileBundle> bundles) {
    }

    private final BundleDefinitions definitions;
    private final Catalog catalog;
    private final JsonMapper json;

    BundleFile(BundleDefinitions definitions, Catalog catalog, JsonMapper json) {
        this.definitions = definitions;
        this.catalog = catalog;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        File file;
        try (InputStream in = new ClassPathResource("bundles/bundles.json").getInputStream()) {
            file = json.readValue(in, File.class);
        }
        Map<String, String> codes = new HashMap<>();
        for (FileBundle b : file.bundles()) {
            Optional<BundleDefinition> d = resolve(b, codes);
            if (d.isEmpty()) {
                continue;
            }
            String hash = Sm3.hex(json.writeValueAsString(d.get().members()) + "\u0000" + json.writeValueAsString(b));
            if (!definitions.publishedHash(b.code()).map(hash::equals).orElse(false)) {
                definitions.publish(d.get(), hash);
                log.info("一件事 {} published ({} members)", b.name(), d.get().members().size());
            }
        }
    }

    private Optional<BundleDefinition> resolve(FileBundle b, Map<String, String> codes) {
        List<BundleDefinition.Member> members = new ArrayList<>();
        List<String> names = b.members().stream().map(FileMember::item).toList();
        for (int i = 0; i < b.members().size(); i++) {
            FileMember m = b.members().get(i);
            String code = codes.computeIfAbsent(m.item(), this::publishedCode);
            if (code == null) {
                log.warn("一件事 {} skipped: 事项“{}”未发布", b.name(), m.item());
                return Optional.empty();
            }
            List<Integer> after = new ArrayList<>();
            for (String a : m.after() == null ? List.<String>of() : m.after()) {
                int position = names.indexOf(a);
                if (position < 0 || position >= i) {
                    throw new IllegalStateException("一件事 " + b.name() + "：“" + m.item() + "”须在其前的成员“" + a + "”之后");
                }
                after.add(position);
            }
            boolean forNewborn = Boolean.TRUE.equals(m.forNewborn());
            boolean forNewEnterprise = Boolean.TRUE.equals(m.forNewEnterprise());
            if ((forNewborn || forNewEnterprise) && after.isEmpty()) {
                throw new IllegalStateException("一件事 " + b.name() + "：“" + m.item() + "”须在出生登记或设立登记之后");
            }
            members.add(new BundleDefinition.Member(i, code, m.item(), m.condition(), List.copyOf(after), forNewborn,
                    forNewEnterprise));
        }
        BundleDefinition.Offer offer = null;
        if (b.offer() != null && b.offer().on() != null) {
            if (!BundleDefinition.Offer.EVENTS.contains(b.offer().on())) {
                throw new IllegalStateException("一件事 " + b.name() + "：主动服务的触发事件应为 " + BundleDefinition.Offer.EVENTS);
            }
            offer = new BundleDefinition.Offer(null, b.offer().on(), b.offer().message());
        } else if (b.offer() != null) {
            int position = names.indexOf(b.offer().after());
            if (position < 0) {
                throw new IllegalStateException("一件事 " + b.name() + "：主动服务的触发事项“" + b.offer().after() + "”不是其成员");
            }
            offer = new BundleDefinition.Offer(position, null, b.offer().message());
        }
        return Optional.of(new BundleDefinition(UUID.randomUUID(), b.code(), 0, b.name(),
                BundleDefinition.Kind.valueOf(b.kind()), b.event(), b.summary(), b.basis(), b.jointResult(), offer,
                members));
    }

    /** The code of the published item of exactly this name, or null. */
    private String publishedCode(String name) {
        return catalog.search(CatalogQuery.text(name)).items().stream().filter(s -> s.name().equals(name))
                .map(ItemSummary::code).findFirst().orElse(null);
    }
}
