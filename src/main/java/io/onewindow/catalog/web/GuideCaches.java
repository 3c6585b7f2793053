package io.onewindow.catalog.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Published guide versions as visitors get them, keyed by item and version (a published version never changes):
 * the anonymous guide page's HTML and the guide PDF. Bounded in count and bytes; an hour at most, so that a renamed
 * department reaches the cached pages too.
 */
@Configuration(proxyBeanMethods = false)
class GuideCaches {

    static final String PAGES = "guide-pages";
    static final String PDFS = "guide-pdfs";

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> guideCachesCustomizer() {
        return manager -> {
            manager.registerCustomCache(PAGES, Caffeine.newBuilder().maximumWeight(64L << 20)
                    .<Object, Object>weigher((k, v) -> ((String) v).length() * 2).expireAfterWrite(Duration.ofHours(1)).build());
            manager.registerCustomCache(PDFS, Caffeine.newBuilder().maximumWeight(128L << 20)
                    .<Object, Object>weigher((k, v) -> ((byte[]) v).length).expireAfterWrite(Duration.ofHours(1)).build());
        };
    }
}
