package io.onewindow.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.hotline.internal.OrderStatus;
import io.onewindow.hotline.internal.WorkOrderRepository;
import io.onewindow.hotline.internal.WorkOrders;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class HotlineIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkOrderRepository orders;

    @Autowired
    WorkOrders centre;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    io.onewindow.hotline.internal.HotlineFigures figures;

    MockHttpSession login(String username) throws Exception {
        return io.onewindow.DemoLogins.session(mvc, username);
    }

    long orderCount() {
        return jdbc.sql("select count(*) from hotline_order").query(Long.class).single();
    }

    MockHttpServletRequestBuilder call(MockHttpSession agent, String content, String address) {
        return call(agent, java.util.Map.of("content", content, "address", address));
    }

    MockHttpServletRequestBuilder call(MockHttpSession agent, String category, String content, String address) {
        return call(agent, java.util.Map.of("categoryCode", category, "content", content, "address", address));
    }

    /** A complaint call about a road in 市中区, with {@code fields} replacing the defaults. */
    MockHttpServletRequestBuilder call(MockHttpSession agent, java.util.Map<String, String> fields) {
        var all = new java.util.LinkedHashMap<>(java.util.Map.of("type", "COMPLAINT", "categoryCode", "CSGL-DL",
                "callerName", "李秀英", "callerPhone", "13990001234", "content", "x", "regionId", "511102", "address", "y"));
        all.putAll(fields);
        var request = post("/hotline/orders").session(agent).with(csrf());
        all.forEach(request::param);
        return request;
    }

    UUID intake(MockHttpSession agent, String content, String address) throws Exception {
        return intake(agent, "CSGL-DL", content, address);
    }

    UUID intake(MockHttpSession agent, String category, String content, String address) throws Exception {
        String location = mvc.perform(call(agent, category, content, address)).andExpect(flash().attribute("message", "已受理"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aCallIsDispatchedSignedRepliedReopenedOnceAndClosed() throws Exception {
        MockHttpSession agent = login("hotline");
        long count = orderCount();
        mvc.perform(call(agent, java.util.Map.of("type", "RUMOUR"))).andExpect(flash().attribute("error", containsString("诉求类型")));
        mvc.perform(call(agent, java.util.Map.of("categoryCode", "NOPE"))).andExpect(flash().attribute("error", "请选择诉求分类"));
        mvc.perform(call(agent, "长".repeat(2001), "y")).andExpect(flash().attribute("error", containsString("2000")));
        mvc.perform(call(agent, java.util.Map.of("callerPhone", "110"))).andExpect(flash().attribute("error", containsString("联系电话")));
        mvc.perform(call(agent, java.util.Map.of("regionId", "999999"))).andExpect(flash().attribute("error", containsString("区县")));
        assertThat(orderCount()).isEqualTo(count);
        mvc.perform(call(login("zhangsan"), "x", "y")).andExpect(status().isForbidden());

        UUID id = intake(agent, "嘉州大道与人民南路交叉口有一个大坑洞，晚上骑车很危险", "市中区嘉州大道与人民南路交叉口");
        // the history shows Beijing time (the database hands timestamps back in UTC)
        String intakeAt = orders.events(id).get(0).at().atZoneSameInstant(io.onewindow.platform.ChinaTime.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        mvc.perform(get("/hotline/orders/" + id).session(agent)).andExpect(content().string(containsString("李秀英 13990001234")))
                .andExpect(content().string(containsString(intakeAt)));
        mvc.perform(post("/hotline/orders/" + id + "/dispatch").session(agent).with(csrf()).param("unitId", "nope"))
                .andExpect(flash().attribute("error", "请选择承办单位"));
        mvc.perform(post("/hotline/orders/" + id + "/dispatch").session(agent).with(csrf()).param("unitId", "511100-SCJGJ"))
                .andExpect(flash().attribute("message", "已派单"));
        // a fresh order is on time: its light shows on the order page and in the centre's list
        mvc.perform(get("/hotline/orders/" + id).session(agent)).andExpect(content().string(containsString("class=\"tag ok\">绿灯<")));
        mvc.perform(get("/hotline").session(agent)).andExpect(content().string(containsString("class=\"tag ok\">绿灯<")));
        var order = orders.get(id);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(order.signDue()).isEqualTo(workingDays.addWorkingDays(today, 1));
        assertThat(order.handleDue()).isEqualTo(workingDays.addWorkingDays(today, 10));

        // the unit sees the caller masked; another unit does not see the order at all
        mvc.perform(get("/department/hotline/" + id).session(login("approver.hr"))).andExpect(status().isNotFound());
        MockHttpSession unit = login("approver");
        mvc.perform(get("/department/hotline/" + id).session(unit)).andExpect(content().string(containsString("李** 139****1234")))
                .andExpect(content().string(not(containsString("13990001234"))));
        mvc.perform(post("/department/hotline/" + id + "/reply").session(unit).with(csrf()).param("text", "太早"))
                .andExpect(flash().attribute("error", containsString("待签收")));
        mvc.perform(post("/department/hotline/" + id + "/sign").session(unit).with(csrf())).andExpect(flash().attribute("message", "已签收"));
        mvc.perform(post("/department/hotline/" + id + "/reply").session(unit).with(csrf()).param("text", "已通知道路养护单位"))
                .andExpect(flash().attribute("message", "已回复"));

        // the centre reviews the reply: this one does not say what was done, back it goes
        mvc.perform(post("/hotline/orders/" + id + "/reject-reply").session(agent).with(csrf()).param("text", "请说明修复时间"))
                .andExpect(flash().attribute("message", "已退回承办单位"));
        assertThat(orders.get(id).status()).isEqualTo(OrderStatus.SIGNED);
        mvc.perform(post("/department/hotline/" + id + "/reply").session(unit).with(csrf()).param("text", "已通知道路养护单位，三日内修复"))
                .andExpect(flash().attribute("message", "已回复"));

        // 回访 不满意 → 重办; the second time 满意 closes it
        mvc.perform(post("/hotline/orders/" + id + "/callback").session(agent).with(csrf()))
                .andExpect(flash().attribute("error", "请选择回访结果"));
        mvc.perform(post("/hotline/orders/" + id + "/callback").session(agent).with(csrf()).param("result", "UNSATISFIED")
                .param("text", "坑还在")).andExpect(flash().attribute("message", "回访不满意，已重办"));
        assertThat(orders.get(id).status()).isEqualTo(OrderStatus.DISPATCHED);
        assertThat(orders.get(id).reopenCount()).isEqualTo(1);
        mvc.perform(post("/department/hotline/" + id + "/sign").session(unit).with(csrf()));
        mvc.perform(post("/department/hotline/" + id + "/reply").session(unit).with(csrf()).param("text", "坑洞已于今日填补"));
        mvc.perform(post("/hotline/orders/" + id + "/callback").session(agent).with(csrf()).param("result", "SATISFIED"))
                .andExpect(flash().attribute("message", "已回访办结"));
        assertThat(orders.get(id).status()).isEqualTo(OrderStatus.CLOSED);
        // the rating is written by the evaluation module once it hears the stored event
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.sql("select level from evaluation_rating where hotline_order = ? and channel = 'HOTLINE' and department_id = '511100-SCJGJ'")
                .param(orders.get(id).number()).query(Integer.class).optional()).as("the last 回访 is the unit's rating").contains(4));
        var unitFigures = figures.of(java.time.YearMonth.now(ZoneId.of("Asia/Shanghai"))).units().stream()
                .filter(u -> u.unitId().equals("511100-SCJGJ")).findFirst().orElseThrow();
        assertThat(unitFigures.signedOnTime()).isGreaterThanOrEqualTo(1);
        assertThat(unitFigures.satisfied()).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/hotline/figures").session(login("supervisor"))).andExpect(content().string(containsString("乐山市市场监督管理局")));
        mvc.perform(get("/hotline/figures").session(login("supervisor")).param("month", "Nov")).andExpect(status().isBadRequest());
        mvc.perform(get("/hotline/figures.xlsx").session(agent)).andExpect(status().isOk());
        mvc.perform(get("/hotline/figures").session(unit)).andExpect(status().isForbidden());
        assertThat(orders.events(id)).extracting(WorkOrderRepository.Event::action)
                .containsExactly("INTAKE", "DISPATCHED", "SIGNED", "REPLIED", "REPLY_REJECTED", "REPLIED", "REOPENED", "SIGNED",
                        "REPLIED", "CLOSED");
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'hotline.order' and object_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void aConsultationIsAnsweredFromTheKnowledgeBaseOnTheCall() throws Exception {
        MockHttpSession agent = login("hotline");
        mvc.perform(get("/hotline").session(agent).param("q", "社保卡丢了怎么办")).andExpect(content().string(containsString("挂失补卡")));
        mvc.perform(get("/hotline").session(agent).param("q", "火星移民签证")).andExpect(content().string(containsString("kb-none")));
        String location = mvc.perform(post("/hotline/orders").session(agent).with(csrf()).param("type", "CONSULT")
                        .param("categoryCode", "SB").param("callerName", "王强").param("callerPhone", "0833-2123456")
                        .param("content", "社保卡丢了怎么补办").param("regionId", "511100"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/hotline/orders/" + id).session(agent)).andExpect(content().string(containsString("挂失补卡")));
        mvc.perform(post("/hotline/orders/" + id + "/answer").session(agent).with(csrf()).param("text", "可网上申请补卡"))
                .andExpect(flash().attribute("message", "已直接答复并办结"));
        var order = orders.get(id);
        assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(order.firstContact()).isTrue();

        // the centre adds an answer; the next agent finds it
        mvc.perform(post("/hotline/kb").session(agent).with(csrf()).param("question", " ").param("answer", "x"))
                .andExpect(flash().attribute("error", containsString("问题")));
        mvc.perform(post("/hotline/kb").session(agent).with(csrf()).param("categoryCode", "JY").param("question", "幼儿园报名什么时候开始？")
                .param("answer", "每年 6 月在教育局网站公布公办幼儿园报名时间")).andExpect(flash().attribute("message", "已保存"));
        mvc.perform(get("/hotline").session(agent).param("q", "幼儿园报名时间")).andExpect(content().string(containsString("6 月")));
        mvc.perform(post("/hotline/kb").session(login("approver")).with(csrf()).param("question", "x").param("answer", "y"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSecondCallAboutTheSamePotholeIsSuggestedAsADuplicateAndAnAnonymousReportHidesTheCaller() throws Exception {
        MockHttpSession agent = login("hotline");
        UUID first = intake(agent, "乐山大佛景区停车场入口路面塌陷一个坑", "市中区凌云路乐山大佛景区停车场入口");
        String location = mvc.perform(post("/hotline/orders").session(agent).with(csrf()).param("type", "HELP")
                        .param("categoryCode", "CSGL-DL").param("anonymous", "true").param("content", "大佛景区停车场门口有个大坑")
                        .param("regionId", "511102").param("address", "市中区凌云路大佛景区停车场入口"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID second = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/hotline/orders/" + second).session(agent)).andExpect(content().string(containsString("可能重复的工单")))
                .andExpect(content().string(containsString(orders.get(first).number())));
        assertThat(jdbc.sql("select caller_name is null and caller_phone is null from hotline_order where id = ?")
                .param(second).query(Boolean.class).single()).isTrue();
        assertThat(orders.get(second).callerName()).isEqualTo("匿名");
    }

    /** Dispatched Wed 30 Sep 2026: 签收 is due Thu 8 Oct (国庆 1–7 Oct do not count), so it escalates on 9 Oct, not 2 Oct. */
    @Test
    void anOverdueEnterpriseAppealIsEscalatedAcrossTheHolidayOnce() throws Exception {
        MockHttpSession agent = login("hotline");
        mvc.perform(call(agent, java.util.Map.of("creditCode", "91350100M000100Y44")))
                .andExpect(flash().attribute("error", containsString("统一社会信用代码有误")));
        String code = jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'")
                .query(String.class).single();
        String location = mvc.perform(call(agent, "SCJG-GPJZ", "企业办理环评审批超过承诺时限仍无结果", "五通桥区工业园区")
                        .param("creditCode", code).param("foreignInvested", "true"))
                .andExpect(flash().attribute("message", "已受理")).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        var order = orders.get(id);
        assertThat(order.enterprise()).isTrue();
        assertThat(order.enterpriseName()).isEqualTo("乐山嘉州绿色硅材料有限公司");
        assertThat(order.foreignInvested()).isTrue();
        mvc.perform(post("/hotline/orders/" + id + "/dispatch").session(agent).with(csrf()).param("unitId", "511100-SHJJ"));

        LocalDate dispatched = LocalDate.of(2026, 9, 30);
        LocalDate signDue = workingDays.addWorkingDays(dispatched, 1);
        assertThat(signDue).isEqualTo(LocalDate.of(2026, 10, 8));
        jdbc.sql("update hotline_order set sign_due = ?, handle_due = ? where id = ?")
                .params(signDue, workingDays.addWorkingDays(dispatched, 10), id).update();

        centre.escalateOverdue(LocalDate.of(2026, 10, 2));
        centre.escalateOverdue(LocalDate.of(2026, 10, 8));
        assertThat(orders.get(id).escalationLevel()).as("not before the due day has passed").isZero();
        centre.escalateOverdue(LocalDate.of(2026, 10, 9));
        assertThat(orders.get(id).escalationLevel()).isEqualTo(1);
        assertThat(orders.get(id).escalationReason()).isEqualTo("超过办理时限");
        centre.escalateOverdue(LocalDate.of(2026, 10, 12));
        assertThat(orders.events(id)).filteredOn(e -> e.action().equals("ESCALATED")).hasSize(1);
        mvc.perform(get("/hotline/orders/" + id).session(agent)).andExpect(content().string(containsString("已提级办理")))
                .andExpect(content().string(containsString("外资企业")));
    }

    @Test
    void aUnitReturnsAsksForMoreTimeAndWaitsForTheCallerWithoutLosingDays() throws Exception {
        MockHttpSession agent = login("hotline");
        UUID id = intake(agent, "小区门口烧烤摊油烟扰民", "市中区柏杨中路");
        mvc.perform(post("/hotline/orders/" + id + "/dispatch").session(agent).with(csrf()).param("unitId", "511100-WJW"));
        MockHttpSession health = login("approver.health");
        mvc.perform(post("/department/hotline/" + id + "/return").session(health).with(csrf()))
                .andExpect(flash().attribute("error", containsString("退单理由")));
        mvc.perform(post("/department/hotline/" + id + "/return").session(health).with(csrf()).param("text", "占道经营油烟属城市管理"))
                .andExpect(flash().attribute("message", "已退单"));
        assertThat(orders.get(id).status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(orders.get(id).leadUnit()).isNull();

        mvc.perform(post("/hotline/orders/" + id + "/dispatch").session(agent).with(csrf()).param("unitId", "511100-SCJGJ"));
        MockHttpSession unit = login("approver");
        mvc.perform(post("/department/hotline/" + id + "/sign").session(unit).with(csrf()));
        LocalDate due = orders.get(id).handleDue();
        mvc.perform(post("/department/hotline/" + id + "/extension").session(unit).with(csrf()).param("days", "45").param("text", "x"))
                .andExpect(flash().attribute("error", containsString("1 至 30")));
        mvc.perform(post("/department/hotline/" + id + "/extension").session(unit).with(csrf()).param("days", "5")
                .param("text", "需会同城管联合执法")).andExpect(flash().attribute("message", containsString("已申请延期")));
        mvc.perform(post("/hotline/orders/" + id + "/extension-approve").session(agent).with(csrf()))
                .andExpect(flash().attribute("message", "已同意延期"));
        LocalDate extended = orders.get(id).handleDue();
        assertThat(extended).isEqualTo(workingDays.addWorkingDays(due, 5));

        // 待补充 since Wed 30 Sep 2026 (set back in time): the limit moves on by exactly the working days waited
        mvc.perform(post("/department/hotline/" + id + "/pause").session(unit).with(csrf()).param("text", "请提供摊位具体位置照片"))
                .andExpect(flash().attribute("message", containsString("暂停")));
        assertThat(orders.get(id).light(LocalDate.now(ZoneId.of("Asia/Shanghai")))).isEqualTo("暂停");
        jdbc.sql("update hotline_order set paused_since = ? where id = ?").params(LocalDate.of(2026, 9, 30), id).update();
        centre.escalateOverdue(LocalDate.of(2099, 1, 1)); // paused orders never escalate (and this is not an enterprise one)
        mvc.perform(post("/hotline/orders/" + id + "/resume").session(agent).with(csrf()).param("text", "来电人已上传照片"))
                .andExpect(flash().attribute("message", containsString("恢复计时")));
        int waited = workingDays.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(orders.get(id).handleDue()).isEqualTo(workingDays.addWorkingDays(extended, waited));
        assertThat(orders.get(id).pausedSince()).isNull();
    }

    @Test
    void anEmergencyGoesTo110AndADuplicateIsMergedAndAnsweredWithItsPrimary() throws Exception {
        MockHttpSession agent = login("hotline");
        UUID fire = intake(agent, "楼下商铺冒浓烟", "市中区春华路");
        mvc.perform(post("/hotline/orders/" + fire + "/transfer").session(agent).with(csrf()).param("line", "999").param("text", "x"))
                .andExpect(flash().attribute("error", containsString("110")));
        mvc.perform(post("/hotline/orders/" + fire + "/transfer").session(agent).with(csrf()).param("line", "119")
                .param("text", "疑似火情").param("accepted", "false")).andExpect(flash().attribute("message", containsString("首接")));
        assertThat(orders.get(fire).status()).isEqualTo(OrderStatus.RECEIVED);
        mvc.perform(post("/hotline/orders/" + fire + "/transfer").session(agent).with(csrf()).param("line", "119")
                .param("text", "疑似火情").param("accepted", "true")).andExpect(flash().attribute("message", "已转 119"));
        assertThat(orders.get(fire).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(jdbc.sql("select transferred_to from hotline_order where id = ?").param(fire).query(String.class).single())
                .isEqualTo("119");

        UUID primary = intake(agent, "滨江路路灯连续一周不亮", "市中区滨江路中段");
        UUID duplicate = intake(agent, "滨江路中段路灯晚上不亮", "市中区滨江路中段");
        mvc.perform(post("/hotline/orders/" + duplicate + "/merge").session(agent).with(csrf()).param("primaryId", primary.toString()))
                .andExpect(flash().attribute("message", "已合并"));
        mvc.perform(post("/hotline/orders/" + primary + "/dispatch").session(agent).with(csrf()).param("unitId", "511100-SCJGJ"));
        MockHttpSession unit = login("approver");
        mvc.perform(post("/department/hotline/" + primary + "/sign").session(unit).with(csrf()));
        mvc.perform(post("/department/hotline/" + primary + "/reply").session(unit).with(csrf()).param("text", "路灯线路已修复"))
                .andExpect(flash().attribute("message", "已回复"));
        assertThat(orders.get(duplicate).reply()).isEqualTo("路灯线路已修复");

        mvc.perform(get("/hotline/hotspots").session(agent)).andExpect(content().string(containsString("城市管理")))
                .andExpect(content().string(containsString("市中区")));
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    @Test
    void theWebFormTakesPhotosChecksThemAndTheCallerFollowsTheOrder() throws Exception {
        long count = orderCount();
        var photo = new org.springframework.mock.web.MockMultipartFile("files", "坑洞.png", "image/png", PNG);
        var fake = new org.springframework.mock.web.MockMultipartFile("files", "坑洞.png", "image/png", "<script>".getBytes());
        var big = new org.springframework.mock.web.MockMultipartFile("files", "大.png", "image/png",
                java.util.Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1));
        var form = java.util.Map.of("type", "HELP", "categoryCode", "CSGL-DL", "callerName", "赵敏", "callerPhone", "13700005678",
                "content", "通江街道某小区门口井盖缺失", "regionId", "511102", "address", "市中区通江街道");
        var fakeUpload = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/12345").file(fake).with(csrf());
        form.forEach(fakeUpload::param);
        mvc.perform(fakeUpload).andExpect(flash().attribute("error", containsString("不是 JPG")));
        var bigUpload = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/12345").file(big).with(csrf());
        form.forEach(bigUpload::param);
        mvc.perform(bigUpload).andExpect(flash().attribute("error", containsString("5 MB")));
        var tooMany = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/12345").with(csrf());
        for (int i = 0; i < 6; i++) {
            tooMany.file(photo);
        }
        form.forEach(tooMany::param);
        mvc.perform(tooMany).andExpect(flash().attribute("error", containsString("最多上传 5 个")));
        assertThat(orderCount()).isEqualTo(count);

        var ok = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/12345").file(photo).file(photo).with(csrf());
        form.forEach(ok::param);
        String message = (String) mvc.perform(ok).andExpect(flash().attribute("message", containsString("已受理")))
                .andReturn().getFlashMap().get("message");
        String number = message.replaceAll(".*(RX\\d+).*", "$1");
        var order = orders.byNumber(number).orElseThrow();
        assertThat(order.channel()).isEqualTo("WEB");

        mvc.perform(get("/12345").param("number", number).param("tail", "5678")).andExpect(content().string(containsString("已受理")))
                .andExpect(content().string(containsString("id=\"tracked\"")));
        mvc.perform(get("/12345").param("number", number).param("tail", "0000")).andExpect(content().string(containsString("没有找到该工单")));

        MockHttpSession agent = login("hotline");
        mvc.perform(get("/hotline/orders/" + order.id()).session(agent)).andExpect(content().string(containsString("坑洞.png")));
        String attachmentId = jdbc.sql("select id::text from hotline_attachment where order_id = ? limit 1").param(order.id())
                .query(String.class).single();
        mvc.perform(get("/hotline/orders/" + order.id() + "/attachments/" + attachmentId).session(agent))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        mvc.perform(post("/hotline/orders/" + order.id() + "/dispatch").session(agent).with(csrf()).param("unitId", "511100-SCJGJ"));
        mvc.perform(get("/department/hotline/" + order.id() + "/attachments/" + attachmentId).session(login("approver")))
                .andExpect(status().isOk());
        mvc.perform(get("/department/hotline/" + order.id() + "/attachments/" + attachmentId).session(login("approver.hr")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTaskForceLeadRepliesAndItsCoUnitsGiveOpinions() throws Exception {
        MockHttpSession agent = login("hotline");
        UUID id = intake(agent, "SCJG-GPJZ", "园区企业反映招投标设置地域限制，排斥外地企业", "五通桥区");
        mvc.perform(post("/hotline/orders/" + id + "/dispatch").session(agent).with(csrf()).param("unitId", "511100-SCJGJ")
                .param("taskForce", "公平竞争专班")).andExpect(flash().attribute("error", containsString("协办单位")));
        mvc.perform(post("/hotline/orders/" + id + "/dispatch").session(agent).with(csrf()).param("unitId", "511100-SCJGJ")
                .param("coUnits", "511100-FGW", "511100-RSJ").param("taskForce", "公平竞争专班"))
                .andExpect(flash().attribute("message", "已派单"));
        assertThat(orders.get(id).taskForce()).isEqualTo("公平竞争专班");
        assertThat(orders.coUnits(id)).extracting(WorkOrderRepository.CoUnit::unitId).containsExactly("511100-FGW", "511100-RSJ");

        MockHttpSession coUnit = login("approver.hr");
        mvc.perform(get("/department/hotline").session(coUnit)).andExpect(content().string(containsString(orders.get(id).number())));
        mvc.perform(get("/department/hotline/" + id).session(coUnit)).andExpect(content().string(containsString("协办意见")))
                .andExpect(content().string(not(containsString("sign-submit"))));
        mvc.perform(post("/department/hotline/" + id + "/sign").session(coUnit).with(csrf()))
                .andExpect(flash().attribute("error", "工单不存在"));
        mvc.perform(post("/department/hotline/" + id + "/opinion").session(coUnit).with(csrf()).param("text", "涉及就业条件的限制条款已核查"))
                .andExpect(flash().attribute("message", "已提交协办意见"));
        mvc.perform(post("/department/hotline/" + id + "/opinion").session(login("approver.health")).with(csrf()).param("text", "x"))
                .andExpect(flash().attribute("error", "工单不存在"));
        mvc.perform(get("/department/hotline/" + id).session(login("approver"))).andExpect(content().string(containsString("涉及就业条件")));
    }

    @Test
    void anEnterpriseMatterReportedByThreeCallersIsEscalated() throws Exception {
        MockHttpSession agent = login("hotline");
        String code = jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'")
                .query(String.class).single();
        UUID primary = UUID.fromString(mvc.perform(call(agent, java.util.Map.of("creditCode", code, "content", "园区停电三天未恢复",
                "categoryCode", "GGSY-D"))).andReturn().getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        for (int i = 0; i < 2; i++) {
            UUID again = intake(agent, "GGSY-D", "园区停电三天未恢复，影响生产", "y");
            mvc.perform(post("/hotline/orders/" + again + "/merge").session(agent).with(csrf()).param("primaryId", primary.toString()));
            assertThat(orders.get(primary).escalationLevel()).isEqualTo(i == 0 ? 0 : 1);
        }
        assertThat(orders.get(primary).escalationReason()).startsWith("多人重复反映");
    }

    @Test
    void foreignEnterprisesAreListedEveryMonthAndKeyVisitsCountedPerQuarter() throws Exception {
        MockHttpSession agent = login("hotline");
        String code = jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'")
                .query(String.class).single();
        mvc.perform(post("/hotline/foreign").session(agent).with(csrf()).param("creditCode", "123"))
                .andExpect(flash().attribute("error", containsString("统一社会信用代码有误")));
        mvc.perform(post("/hotline/foreign").session(agent).with(csrf()).param("creditCode", code).param("key", "true"))
                .andExpect(flash().attribute("message", "已加入外资企业名单"));
        mvc.perform(post("/hotline/foreign/visits").session(agent).with(csrf()).param("creditCode", code)
                .param("visitedOn", "2099-01-01").param("notes", "x")).andExpect(flash().attribute("error", containsString("不能晚于今天")));
        mvc.perform(post("/hotline/foreign/visits").session(agent).with(csrf()).param("creditCode", code)
                .param("visitedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()).param("notes", "了解用电保障需求"))
                .andExpect(flash().attribute("message", "已记录走访"));
        mvc.perform(get("/hotline/foreign").session(login("supervisor")))
                .andExpect(content().string(containsString("乐山嘉州绿色硅材料有限公司")))
                .andExpect(content().string(containsString("id=\"key-visited\">1<")))
                .andExpect(content().string(not(containsString("加入外资企业名单"))));
        mvc.perform(post("/hotline/foreign").session(login("supervisor")).with(csrf()).param("creditCode", code))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUrgentOrderIsDueTheSameWorkingDayAndEnterpriseAppealsHaveTheirQueue() throws Exception {
        MockHttpSession agent = login("hotline");
        UUID id = UUID.fromString(mvc.perform(call(agent, java.util.Map.of("urgent", "true", "content", "小区燃气管道漏气味道很大",
                "categoryCode", "GGSY-Q"))).andReturn().getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        mvc.perform(post("/hotline/orders/" + id + "/dispatch").session(agent).with(csrf()).param("unitId", "CO-GAS"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var order = orders.get(id);
        assertThat(order.urgent()).isTrue();
        assertThat(order.signDue()).isEqualTo(workingDays.isWorkingDay(today) ? today : workingDays.addWorkingDays(today, 1));
        assertThat(order.handleDue()).isEqualTo(workingDays.addWorkingDays(today, 1));
        // the gas company has no accounts: the centre signs and records its reply
        mvc.perform(post("/hotline/orders/" + id + "/sign").session(agent).with(csrf())).andExpect(flash().attribute("message", "已代签收"));

        String all = mvc.perform(get("/hotline").session(agent)).andReturn().getResponse().getContentAsString();
        String queue = mvc.perform(get("/hotline").session(agent).param("queue", "enterprise")).andReturn().getResponse().getContentAsString();
        assertThat(all).contains(order.number());
        assertThat(queue).doesNotContain(order.number());
    }

    @Test
    void theCentreAddsAndSwitchesOffCategories() throws Exception {
        MockHttpSession agent = login("hotline");
        mvc.perform(post("/hotline/categories").session(agent).with(csrf()).param("code", "物业").param("name", "物业管理"))
                .andExpect(flash().attribute("error", containsString("分类代码")));
        mvc.perform(post("/hotline/categories").session(agent).with(csrf()).param("code", "CSGL-WY").param("name", "物业管理")
                .param("parentCode", "NOPE")).andExpect(flash().attribute("error", containsString("上级分类")));
        mvc.perform(post("/hotline/categories").session(agent).with(csrf()).param("code", "csgl-wy").param("name", "物业管理")
                .param("parentCode", "CSGL")).andExpect(flash().attribute("message", "已新增分类"));
        mvc.perform(post("/hotline/categories").session(agent).with(csrf()).param("code", "CSGL-WY").param("name", "重复"))
                .andExpect(flash().attribute("error", containsString("已存在")));
        intake(agent, "CSGL-WY", "物业擅自涨价", "y");
        mvc.perform(post("/hotline/categories/CSGL-WY/active").session(agent).with(csrf()).param("active", "false"))
                .andExpect(flash().attribute("message", containsString("已停用")));
        mvc.perform(call(agent, java.util.Map.of("categoryCode", "CSGL-WY"))).andExpect(flash().attribute("error", "请选择诉求分类"));
        mvc.perform(post("/hotline/categories").session(login("approver")).with(csrf()).param("code", "XX").param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLeadUnitSeesTheCallerInFullOnlyWhenAskedToCallBack() throws Exception {
        MockHttpSession agent = login("hotline");
        UUID id = intake(agent, "装修噪音影响午休", "市中区");
        mvc.perform(post("/hotline/orders/" + id + "/dispatch").session(agent).with(csrf()).param("unitId", "511100-SCJGJ")
                .param("coUnits", "511100-RSJ").param("unitCallback", "true"));
        mvc.perform(get("/department/hotline/" + id).session(login("approver")))
                .andExpect(content().string(containsString("李秀英 13990001234")));
        mvc.perform(get("/department/hotline/" + id).session(login("approver.hr")))
                .andExpect(content().string(not(containsString("13990001234"))));
    }
}
