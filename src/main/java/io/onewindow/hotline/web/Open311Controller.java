package io.onewindow.hotline.web;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.hotline.internal.Categories;
import io.onewindow.hotline.internal.OrderIntake;
import io.onewindow.hotline.internal.OrderStatus;
import io.onewindow.hotline.internal.Units;
import io.onewindow.hotline.internal.WorkOrder;
import io.onewindow.hotline.internal.WorkOrderRepository;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.City;
import io.onewindow.platform.Masking;
import io.onewindow.platform.OneWindowException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) over the same work orders, JSON only, so existing
 * civic apps can file and track requests. Services are the leaf 诉求分类; a request becomes a 求助 work order in
 * 乐山市; posting needs an api_key (see {@link Open311Keys}). Requests filed here are public by the nature of
 * Open311; reading shows only orders their reporter agreed to publish, never 举报, 亲清在线 or phone orders, and
 * masks names, phone numbers, ID numbers and credit codes in the free text. Errors use the spec's format:
 * {@code [{"code":400,"description":"…"}]}.
 */
@RestController
@PreAuthorize("permitAll()")
class Open311Controller {

    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneId CHINA = ChinaTime.ZONE;

    private final OrderIntake intake;
    private final WorkOrderRepository orders;
    private final Units units;
    private final Categories categories;
    private final Open311Keys apiKeys;

    private final City city;

    Open311Controller(OrderIntake intake, WorkOrderRepository orders, Units units, Categories categories, Open311Keys apiKeys, City city) {
        this.city = city;
        this.intake = intake;
        this.orders = orders;
        this.units = units;
        this.categories = categories;
        this.apiKeys = apiKeys;
    }

    @GetMapping("/open311/discovery.json")
    Map<String, Object> discovery(jakarta.servlet.http.HttpServletRequest request) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/open311/v2/";
        return Map.of("changeset", "2026-11-28T00:00:00+08:00", "contact", "乐山市12345政务服务便民热线 0833-12345",
                "key_service", "向乐山市政务服务和大数据管理局申请 api_key",
                "endpoints", List.of(Map.of("specification", "http://wiki.open311.org/GeoReport_v2", "url", base,
                        "changeset", "2026-11-28T00:00:00+08:00", "type", "production", "formats", List.of("application/json"))));
    }

    @GetMapping("/open311/v2/services.json")
    List<Map<String, Object>> services() {
        return categories.leafServices().stream().map(c -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", c.code());
            s.put("service_name", c.name());
            s.put("description", (c.group() == null ? "" : c.group() + "：") + c.name());
            s.put("metadata", false);
            s.put("type", "realtime");
            s.put("keywords", c.name());
            s.put("group", c.group() == null ? c.name() : c.group());
            return s;
        }).toList();
    }

    @PostMapping("/open311/v2/requests.json")
    ResponseEntity<List<Map<String, Object>>> create(@RequestParam(name = "api_key", required = false) String apiKey,
            @RequestParam(name = "service_code") String serviceCode, @RequestParam(required = false) Double lat,
            @RequestParam(name = "long", required = false) Double longitude,
            @RequestParam(name = "address_string", required = false) String address,
            @RequestParam(name = "first_name", required = false) String firstName,
            @RequestParam(name = "last_name", required = false) String lastName,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String description,
            @RequestParam(name = "media_url", required = false) String mediaUrl) {
        if (!apiKeys.accepts(apiKey)) {
            return error(HttpStatus.FORBIDDEN, "api_key 无效");
        }
        if (lat == null && longitude == null && (address == null || address.isBlank())) {
            return error(HttpStatus.BAD_REQUEST, "须提供 lat/long 或 address_string");
        }
        if ((lat == null) != (longitude == null)) {
            return error(HttpStatus.BAD_REQUEST, "lat 和 long 须同时提供");
        }
        String name = ((lastName == null ? "" : lastName.trim()) + (firstName == null ? "" : firstName.trim()));
        boolean anonymous = phone == null || phone.isBlank();
        var id = intake.intake(new OrderIntake.NewOrder("API", "HELP", serviceCode, anonymous,
                anonymous ? null : (name.isEmpty() ? "市民" : name), phone, description, city.regionCode(), address, lat, longitude, mediaUrl, null, false, false, true));
        var order = orders.get(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service_request_id", order.number());
        body.put("service_notice", "已受理，将在规定工作日内办理答复");
        body.put("account_id", null);
        return ResponseEntity.status(HttpStatus.CREATED).body(List.of(body));
    }

    @GetMapping("/open311/v2/requests.json")
    ResponseEntity<List<Map<String, Object>>> list(
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(required = false) String status) {
        if (status != null && !status.equals("open") && !status.equals("closed")) {
            return error(HttpStatus.BAD_REQUEST, "status 只能是 open 或 closed");
        }
        List<WorkOrder> found = ids != null
                ? List.of(ids.split(",")).stream().limit(100).map(String::trim).map(orders::publishedByNumber)
                        .flatMap(java.util.Optional::stream).toList()
                : orders.published(serviceCode, status == null ? null : status.equals("open"), 1000);
        return ResponseEntity.ok(found.stream().map(this::view).toList());
    }

    @GetMapping("/open311/v2/requests/{id}.json")
    ResponseEntity<List<Map<String, Object>>> one(@PathVariable String id) {
        return orders.publishedByNumber(id).map(o -> ResponseEntity.ok(List.of(view(o))))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的诉求"));
    }

    @ExceptionHandler(OneWindowException.class)
    ResponseEntity<List<Map<String, Object>>> rejected(OneWindowException e) {
        return error(e.errorCode() == HotlineErrorCode.HOTLINE_NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.detail());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<List<Map<String, Object>>> malformed(Exception e) {
        String what = e instanceof MissingServletRequestParameterException m ? "缺少参数 " + m.getParameterName()
                : "参数格式错误：" + ((MethodArgumentTypeMismatchException) e).getName();
        return error(HttpStatus.BAD_REQUEST, what);
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

    private static ResponseEntity<List<Map<String, Object>>> error(HttpStatus status, String description) {
        return ResponseEntity.status(status).body(List.of(Map.of("code", status.value(), "description", description)));
    }
}
