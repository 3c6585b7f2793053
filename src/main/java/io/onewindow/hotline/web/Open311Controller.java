package io.onewindow.hotline.web;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.hotline.internal.Categories;
import io.onewindow.hotline.internal.OrderStatus;
import io.onewindow.hotline.internal.Units;
import io.onewindow.hotline.internal.WorkOrder;
import io.onewindow.hotline.internal.WorkOrderRepository;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Masking;
import io.onewindow.platform.OneWindowException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) over the same work orders, in XML (the spec's required
 * format) and JSON, for every endpoint: discovery, services, service definitions, requests (list, post, one) and
 * tokens. Services are the leaf 诉求分类; a request becomes a 求助 work order (see {@link Open311Submissions}).
 * Reading shows only orders their reporter agreed to publish, never 举报, 亲清在线 or phone orders, and masks names,
 * phone numbers, ID numbers and credit codes in the free text. Every error uses the spec's error format.
 */
@RestController
@PreAuthorize("permitAll()")
class Open311Controller {

    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneId CHINA = ChinaTime.ZONE;
    private static final String CHANGESET = "2026-12-01T00:00:00+08:00";

    private final WorkOrderRepository orders;
    private final Units units;
    private final Categories categories;
    private final Open311Submissions submissions;

    Open311Controller(WorkOrderRepository orders, Units units, Categories categories, Open311Submissions submissions) {
        this.orders = orders;
        this.units = units;
        this.categories = categories;
        this.submissions = submissions;
    }

    @GetMapping("/open311/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        return respond(format, f -> {
            String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/open311/v2/";
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("changeset", CHANGESET);
            d.put("contact", "乐山市12345政务服务便民热线 0833-12345");
            d.put("key_service", "向乐山市政务服务和大数据管理局申请 api_key");
            d.put("endpoints", List.of(Map.of("specification", "http://wiki.open311.org/GeoReport_v2", "url", base,
                    "changeset", CHANGESET, "type", "production", "formats", List.of("text/xml", "application/json"))));
            return f.ok(HttpStatus.OK, "discovery", d);
        });
    }

    @GetMapping("/open311/v2/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        return respond(format, f -> f.ok(HttpStatus.OK, "services", categories.leafServices().stream().map(c -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", c.code());
            s.put("service_name", c.name());
            s.put("description", (c.group() == null ? "" : c.group() + "：") + c.name());
            s.put("metadata", true);
            s.put("type", "realtime");
            s.put("keywords", c.name());
            s.put("group", c.group() == null ? c.name() : c.group());
            return s;
        }).toList()));
    }

    /** 服务定义: the attributes a request may carry — the district where it happened. */
    @GetMapping("/open311/v2/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
        return respond(format, f -> {
            if (categories.leafServices().stream().noneMatch(s -> s.code().equals(code))) {
                return f.error(HttpStatus.NOT_FOUND, "service_code " + code + " 不存在，可用的服务见 services." + format);
            }
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("variable", true);
            attribute.put("code", Open311Submissions.DISTRICT);
            attribute.put("datatype", "singlevaluelist");
            attribute.put("required", false);
            attribute.put("datatype_description", "乐山市的区（县、市）");
            attribute.put("order", 1);
            attribute.put("description", "事发地所在区（县、市），不填为乐山市");
            attribute.put("values", submissions.districts().entrySet().stream()
                    .map(e -> Map.of("key", e.getKey(), "name", e.getValue())).toList());
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("service_code", code);
            d.put("attributes", List.of(attribute));
            return f.ok(HttpStatus.OK, "service_definition", d);
        });
    }

    @PostMapping("/open311/v2/requests.{format}")
    ResponseEntity<String> create(@PathVariable String format, @RequestParam Map<String, String> fields) {
        return respond(format, f -> {
            String number = submissions.submit(fields);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("service_request_id", number);
            body.put("service_notice", "已受理，将在规定工作日内办理答复");
            body.put("account_id", null);
            return f.ok(HttpStatus.CREATED, "service_requests", List.of(body));
        });
    }

    @GetMapping("/open311/v2/requests.{format}")
    ResponseEntity<String> list(@PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(required = false) String status) {
        return respond(format, f -> {
            if (status != null && !status.equals("open") && !status.equals("closed")) {
                return f.error(HttpStatus.BAD_REQUEST, "status 只能是 open 或 closed");
            }
            List<WorkOrder> found = ids != null
                    ? List.of(ids.split(",")).stream().limit(100).map(String::trim).map(orders::publishedByNumber)
                            .flatMap(Optional::stream).toList()
                    : orders.published(serviceCode, status == null ? null : status.equals("open"), 1000);
            return f.ok(HttpStatus.OK, "service_requests", found.stream().map(this::view).toList());
        });
    }

    @GetMapping("/open311/v2/requests/{id}.{format}")
    ResponseEntity<String> one(@PathVariable String id, @PathVariable String format) {
        return respond(format, f -> orders.publishedByNumber(id)
                .map(o -> f.ok(HttpStatus.OK, "service_requests", List.of(view(o))))
                .orElseGet(() -> f.error(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的公开诉求")));
    }

    /** A request is numbered at once, so its token is its number. */
    @GetMapping("/open311/v2/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
        return respond(format, f -> orders.publishedByNumber(token)
                .map(o -> f.ok(HttpStatus.OK, "service_requests",
                        List.of(Map.of("service_request_id", o.number(), "token", token))))
                .orElseGet(() -> f.error(HttpStatus.NOT_FOUND, "没有令牌为 " + token + " 的公开诉求")));
    }

    private static ResponseEntity<String> respond(String extension, java.util.function.Function<Open311Format, ResponseEntity<String>> body) {
        Open311Format format = Open311Format.of(extension);
        if (format == null) {
            return Open311Format.JSON.error(HttpStatus.NOT_FOUND, "格式只能是 .xml 或 .json");
        }
        try {
            return body.apply(format);
        } catch (OneWindowException e) {
            return format.error(e.errorCode() == HotlineErrorCode.HOTLINE_NOT_FOUND ? HttpStatus.NOT_FOUND
                    : e.errorCode().status() == HttpStatus.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST, e.detail());
        }
    }

    private Map<String, Object> view(WorkOrder o) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", o.number());
        r.put("status", o.status() == OrderStatus.CLOSED ? "closed" : "open");
        r.put("status_notes", Masking.freeText(o.reply() != null ? o.reply() : o.answer() != null ? o.answer()
                : o.status().label()));
        r.put("service_name", categories.name(o.categoryCode()));
        r.put("service_code", o.categoryCode());
        r.put("description", Masking.freeText(o.content()));
        r.put("agency_responsible", o.leadUnit() == null ? "乐山市12345热线" : units.name(o.leadUnit()));
        r.put("service_notice", null);
        r.put("requested_datetime", o.createdAt().atZoneSameInstant(CHINA).format(W3C));
        r.put("updated_datetime", o.updatedAt().atZoneSameInstant(CHINA).format(W3C));
        r.put("expected_datetime", o.handleDue() == null ? null : o.handleDue().atTime(17, 0).atZone(CHINA).format(W3C));
        r.put("address", Masking.freeText(o.address()));
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", o.latitude());
        r.put("long", o.longitude());
        r.put("media_url", o.mediaUrl());
        return r;
    }
}
