package io.onewindow.hotline.web;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.hotline.internal.Categories;
import io.onewindow.hotline.internal.OrderIntake;
import io.onewindow.hotline.internal.WorkOrderRepository;
import io.onewindow.organization.Organization;
import io.onewindow.platform.City;
import io.onewindow.platform.OneWindowException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A GeoReport v2 POST as a 求助 work order. Every field of the spec is either used or refused with a reason, never
 * dropped: lat/long, address_string or address_id locate it; first_name/last_name/phone identify the reporter (no
 * phone = anonymous); description (optional); media_url; attribute[district] places it in a 区（县、市）. The platform
 * calls back by phone, so email, device_id and account_id are refused; jurisdiction_id must be this city's.
 */
@Component
class Open311Submissions {

    static final String DISTRICT = "district";
    private static final Set<String> FIELDS = Set.of("api_key", "jurisdiction_id", "service_code", "lat", "long",
            "address_string", "address_id", "email", "device_id", "account_id", "first_name", "last_name", "phone",
            "description", "media_url");

    private final OrderIntake intake;
    private final WorkOrderRepository orders;
    private final Categories categories;
    private final Organization organization;
    private final Open311Keys apiKeys;
    private final City city;

    Open311Submissions(OrderIntake intake, WorkOrderRepository orders, Categories categories, Organization organization,
            Open311Keys apiKeys, City city) {
        this.intake = intake;
        this.orders = orders;
        this.categories = categories;
        this.organization = organization;
        this.apiKeys = apiKeys;
        this.city = city;
    }

    /** The city and its 区（县、市）, by GB/T 2260 code. */
    Map<String, String> districts() {
        Map<String, String> out = new LinkedHashMap<>();
        organization.regions().stream().filter(r -> r.gbCode() != null && r.gbCode().startsWith(city.regionCode().substring(0, 4)))
                .forEach(r -> out.put(r.gbCode(), r.name()));
        return out;
    }

    /** Files the request; returns its number. */
    String submit(Map<String, String> f) {
        if (!apiKeys.accepts(f.get("api_key"))) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_NOT_ALLOWED, "api_key 无效");
        }
        String region = city.regionCode();
        for (String key : f.keySet()) {
            if (key.startsWith("attribute[") && key.endsWith("]")) {
                String name = key.substring("attribute[".length(), key.length() - 1);
                if (!name.equals(DISTRICT)) {
                    throw bad("未定义的属性 attribute[" + name + "]；各服务的属性见 services/{service_code}.xml");
                }
                region = f.get(key);
                if (!districts().containsKey(region)) {
                    throw bad("attribute[district] 应为乐山市的区（县、市）代码，如 511102");
                }
            } else if (!FIELDS.contains(key)) {
                throw bad("不认识的参数 " + key + "（GeoReport v2 没有这个字段）");
            }
        }
        for (String unused : new String[] {"email", "device_id", "account_id"}) {
            if (present(f.get(unused))) {
                throw bad("本平台不受理 " + unused + "：12345 通过电话回访，请提供 phone（不提供即为匿名）");
            }
        }
        if (present(f.get("jurisdiction_id")) && !f.get("jurisdiction_id").equals(city.regionCode())) {
            throw bad("jurisdiction_id 应为 " + city.regionCode() + "（乐山市）");
        }
        String code = f.get("service_code");
        if (!present(code)) {
            throw bad("缺少参数 service_code");
        }
        var service = categories.leafServices().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> bad("service_code " + code + " 不存在，可用的服务见 services.xml"));
        Double lat = number(f, "lat");
        Double longitude = number(f, "long");
        if ((lat == null) != (longitude == null)) {
            throw bad("lat 和 long 须同时提供");
        }
        String address = present(f.get("address_string")) ? f.get("address_string")
                : present(f.get("address_id")) ? "地址编号 " + f.get("address_id") : null;
        if (lat == null && address == null) {
            throw bad("须提供 lat/long、address_string 或 address_id");
        }
        String name = (blankToEmpty(f.get("last_name")) + blankToEmpty(f.get("first_name"))).strip();
        String phone = f.get("phone");
        boolean anonymous = !present(phone);
        String description = present(f.get("description")) ? f.get("description") : "（通过 Open311 提交，未填写描述）" + service.name();
        var id = intake.intake(new OrderIntake.NewOrder("API", "HELP", code, anonymous, anonymous ? null : (name.isEmpty() ? "市民" : name),
                phone, description, region, address, lat, longitude, f.get("media_url"), null, false, false, true));
        return orders.get(id).number();
    }

    private static Double number(Map<String, String> f, String key) {
        String v = f.get(key);
        if (!present(v)) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw bad("参数格式错误：" + key);
        }
        if (!Double.isFinite(d)) {
            throw bad(key + "“" + v.strip() + "”不是有限的数字");
        }
        return d;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static OneWindowException bad(String detail) {
        return new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, detail);
    }
}
