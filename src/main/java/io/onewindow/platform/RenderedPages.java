package io.onewindow.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages that are the same for every anonymous visitor (a published guide version) rendered once and then served from
 * a cache (Spring's cache abstraction, Caffeine): the template runs as usual, through the same view and layout, and its
 * output is kept under a key that names an unchanging thing (item and version). A request that carries a flash
 * message is rendered afresh and not kept.
 */
@Component
public class RenderedPages {

    private final ObjectProvider<ViewResolver> views;
    private final CacheManager caches;

    // a provider: a module started on its own without the web layer (ApplicationModuleTest) has no view resolver
    RenderedPages(@Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views, CacheManager caches) {
        this.views = views;
        this.caches = caches;
    }

    /**
     * The page's HTML: from the cache {@code cacheName} under {@code key}, or rendered from the view and the model
     * (built only then) and kept. With a null cache name it is rendered for this request only. The caller decides
     * that a cached page does not depend on who asks.
     */
    public String html(String cacheName, String key, String viewName, Supplier<Map<String, Object>> model,
            HttpServletRequest request, HttpServletResponse response) {
        boolean flash = RequestContextUtils.getInputFlashMap(request) != null;
        Cache cache = cacheName == null ? null : caches.getCache(cacheName);
        // the model is only built on a miss: a hit costs no database query
        return flash || cache == null ? render(viewName, model.get(), request, response)
                : cache.get(key, () -> render(viewName, model.get(), request, response));
    }

    /** The HTML as a response; {@code no-cache}: browsers keep it but ask again (ETag) before each use. */
    public static ResponseEntity.BodyBuilder ok() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache());
    }

    private String render(String viewName, Map<String, Object> model, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            View view = views.getObject().resolveViewName(viewName, Locale.SIMPLIFIED_CHINESE);
            if (view == null) {
                throw new IllegalStateException("no view " + viewName);
            }
            ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
            view.render(model, request, capture);
            return new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("could not render " + viewName, e);
        }
    }
}
