package io.onewindow.platform.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files under their own paths only: /css and /js by content hash, /webjars by version, all kept a year.
 * Spring Boot's default maps "/**" to four classpath locations, so that rewriting each link of every page (to add
 * the hash) looked every page URL up in the jar — most of a guide page's time (jstack under load). With
 * {@code spring.web.resources.add-mappings=false} these are the only resource handlers.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String kind : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + kind + "/**").addResourceLocations("classpath:/static/" + kind + "/")
                    .setCacheControl(YEAR).resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(YEAR).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
