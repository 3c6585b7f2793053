package io.onewindow;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the platform serves, read from Spring MVC's own mapping table (pages, forms and the JSON API alike),
 * so a new endpoint joins the hostile-input corpus and the authorisation matrix without anyone remembering to add it.
 */
public final class Routes {

    /** Served by other filter chains or by Spring itself, not by the platform's controllers. */
    private static final Set<String> OUTSIDE = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config", "/swagger-ui.html");

    public record Route(String method, String pattern, HandlerMethod handler) {

        public String key() {
            return method + " " + pattern;
        }

        public List<Parameter> parameters() {
            return List.of(handler.getMethod().getParameters());
        }

        /** The pattern with every {variable} replaced by {@code value}. */
        public String path(String value) {
            return pattern.replaceAll("\\{[^}/]+}", value);
        }
    }

    private Routes() {
    }

    public static List<Route> of(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<Route> routes = new ArrayList<>();
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (!entry.getValue().getBeanType().getPackageName().startsWith("io.onewindow")) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (OUTSIDE.contains(pattern)) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    routes.add(new Route(m.name(), pattern, entry.getValue()));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }
}
