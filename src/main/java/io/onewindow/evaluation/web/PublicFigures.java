package io.onewindow.evaluation.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public 好差评 page's figures, shared by all visitors for a few seconds (see docs/evaluation.md). */
@Configuration(proxyBeanMethods = false)
class PublicFigures {

    static final String CACHE = "evaluation-public";
    static final Duration STALENESS = Duration.ofSeconds(5);

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> publicFiguresCache() {
        return manager -> manager.registerCustomCache(CACHE,
                Caffeine.newBuilder().maximumSize(1).expireAfterWrite(STALENESS).build());
    }
}
