package io.onewindow.hotline.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoReport v2's two formats for one response: JSON (an array or object, as the spec shows) and XML (the spec's
 * required format: a root element, one element per item, one child per field; lists nested by their plural name).
 * Both are sent with {@code charset=utf-8}.
 */
enum Open311Format {
    JSON, XML;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Map<String, String> ITEMS = Map.of("service_requests", "request", "services", "service",
            "errors", "error", "attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format");

    /** json or xml from the path's extension; anything else is not an Open311 resource. */
    static Open311Format of(String extension) {
        return switch (extension == null ? "" : extension) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> null;
        };
    }

    ResponseEntity<String> ok(HttpStatus status, String root, Object body) {
        return ResponseEntity.status(status).contentType(this == JSON
                        ? new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)
                        : new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .body(this == JSON ? MAPPER.writeValueAsString(body) : xml(root, body));
    }

    /** The spec's error format: {@code [{"code":404,"description":"…"}]} or {@code <errors><error>…</error></errors>}. */
    ResponseEntity<String> error(HttpStatus status, String description) {
        return ok(status, "errors", List.of(Map.of("code", status.value(), "description", description)));
    }

    static String xml(String root, Object body) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        element(out, root, body);
        return out.toString();
    }

    private static void element(StringBuilder out, String name, Object value) {
        out.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> element(out, String.valueOf(k), v));
        } else if (value instanceof List<?> list) {
            String item = ITEMS.getOrDefault(name, "item");
            list.forEach(v -> element(out, item, v));
        } else if (value != null) {
            escape(out, String.valueOf(value));
        }
        out.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // characters XML 1.0 cannot carry are left out rather than breaking the document
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
