package io.onewindow.hotline.internal;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.Masking;
import io.onewindow.platform.PersonalDataProtector;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 受理: a new work order from the phone, the web form or Open311, checked whole before anything is stored. */
@Service
public class OrderIntake {

    private final JdbcClient jdbc;
    private final PersonalDataProtector protector;
    private final Organization organization;
    private final People people;
    private final Attachments attachments;
    private final WorkOrderRepository orders;

    OrderIntake(JdbcClient jdbc, PersonalDataProtector protector, Organization organization, People people,
            Attachments attachments, WorkOrderRepository orders) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.organization = organization;
        this.people = people;
        this.attachments = attachments;
        this.orders = orders;
    }

    /** What intake needs; {@code channel} is PHONE, WEB or API. */
    public record NewOrder(String channel, String type, String categoryCode, boolean anonymous, String callerName,
            String callerPhone, String content, String regionId, String address, Double latitude, Double longitude,
            String mediaUrl, String enterpriseCreditCode, boolean foreignInvested, boolean urgent,
            boolean publicConsent) {

        public NewOrder(String channel, String type, String categoryCode, boolean anonymous, String callerName,
                String callerPhone, String content, String regionId, String address) {
            this(channel, type, categoryCode, anonymous, callerName, callerPhone, content, regionId, address, null, null,
                    null, null, false, false, false);
        }
    }

    /** 受理: checks everything first, stores nothing on a bad field. */
    @Transactional
    public UUID intake(NewOrder order) {
        OrderType type = parseType(order.type());
        String category = jdbc.sql("select code from hotline_category where code = ? and active").param(
                order.categoryCode() == null ? "" : order.categoryCode()).query(String.class).optional()
                .orElseThrow(() -> HotlineChecks.invalid("请选择诉求分类"));
        String content = Inputs.required(order.content(), "诉求内容", 2000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        String region = organization.region(order.regionId() == null ? "" : order.regionId())
                .map(r -> r.id()).orElseThrow(() -> HotlineChecks.invalid("请选择诉求发生地所在区县"));
        String address = Inputs.optional(order.address(), "详细地址", 200, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        String name = null;
        String phone = null;
        if (!order.anonymous()) {
            name = Inputs.required(order.callerName(), "来电人姓名", 50, HotlineErrorCode.HOTLINE_INVALID_INPUT);
            phone = Inputs.contactPhone(order.callerPhone(), "联系电话", HotlineErrorCode.HOTLINE_INVALID_INPUT);
        }
        // written as "not within" so that NaN, which compares false with everything, is refused too
        if (order.latitude() != null && !(order.latitude() >= -90 && order.latitude() <= 90)
                || order.longitude() != null && !(order.longitude() >= -180 && order.longitude() <= 180)) {
            throw HotlineChecks.invalid("坐标超出范围");
        }
        String media = Inputs.optional(order.mediaUrl(), "图片链接", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        if (media != null && !media.matches("https?://\\S+")) {
            throw HotlineChecks.invalid("图片链接须以 http:// 或 https:// 开头");
        }
        Enterprise enterprise = order.enterpriseCreditCode() == null || order.enterpriseCreditCode().isBlank() ? null
                : RegisteredEnterprises.find(people, order.enterpriseCreditCode());
        UUID id = UUID.randomUUID();
        long seq = jdbc.sql("select nextval('hotline_order_seq')").query(Long.class).single();
        String number = "RX" + ChinaTime.today().format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%06d", seq % 1_000_000);
        CurrentUser agent = CurrentUsers.current().orElse(null);
        jdbc.sql("""
                insert into hotline_order (id, number, channel, type, category_code, anonymous, caller_name, caller_name_mask,
                    caller_phone, caller_phone_mask, caller_phone_hash, content, region_id, address, status, created_by,
                    latitude, longitude, media_url, enterprise_credit_code, enterprise_name, foreign_invested, liaison_account,
                    urgent, public_consent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, number, order.channel(), type.name(), category, order.anonymous(),
                        name == null ? null : protector.encrypt(name), name == null ? null : Masking.name(name),
                        phone == null ? null : protector.encrypt(phone), phone == null ? null : Masking.phone(phone),
                        phone == null ? null : protector.lookupHash(phone), content, region, address,
                        agent == null ? null : agent.accountId(), order.latitude(), order.longitude(), media,
                        enterprise == null ? null : enterprise.creditCode(), enterprise == null ? null : enterprise.name(),
                        enterprise != null && order.foreignInvested(),
                        enterprise != null && agent != null && agent.has(Role.HOTLINE_AGENT) ? agent.accountId() : null,
                        order.urgent(), order.publicConsent()).update();
        orders.event(id, "INTAKE", enterprise == null ? number : number + "（亲清在线：" + enterprise.name() + "）");
        return id;
    }

    /** 受理 from the website or mobile form, with up to five photos or files (all checked before anything is stored). */
    @Transactional
    public UUID intake(NewOrder order, List<Attachments.Upload> uploads) {
        Attachments.check(uploads);
        UUID id = intake(order);
        attachments.store(id, uploads);
        return id;
    }

    private static OrderType parseType(String type) {
        try {
            return OrderType.valueOf(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            throw HotlineChecks.invalid("请选择诉求类型（咨询、求助、投诉、举报、建议、表扬）");
        }
    }
}
