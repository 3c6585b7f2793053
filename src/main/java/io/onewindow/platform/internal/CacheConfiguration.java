package io.onewindow.platform.internal;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's cache abstraction on Caffeine ({@code spring.cache.type=caffeine}); each module registers its own caches
 * with their bounds through a {@code CacheManagerCustomizer} (e.g. catalog's guide pages and PDFs).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {
}
