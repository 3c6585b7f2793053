package io.onewindow.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.TestFiles;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.Cases;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.workflow.Processes;
import io.onewindow.workflow.WorkTask;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 一件事一次办 end to end: guides computed from the member items, one merged form and one upload, the members sent
 * to their departments at once or after their predecessors' result, each department acting on its own, and one
 * 办结 notice when all are done — and the ways it must not go wrong.
 */
@IntegrationTest
class BundleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalog catalog;

    @Autowired
    Cases cases;

    @Autowired
    Processes processes;

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    io.onewindow.bundle.internal.BundleFigures figures;

    @Autowired
    io.onewindow.identity.Registrations registrations;

    @Autowired
    io.onewindow.identity.Guardianships guardianships;

    final Map<String, MockHttpSession> sessions = new HashMap<>();

    MockHttpSession login(String username) throws Exception {
        MockHttpSession s = sessions.get(username);
        if (s == null) {
            s = DemoLogins.session(mvc, username);
            sessions.put(username, s);
        }
        return s;
    }

    List<Map<String, Object>> members(UUID bundleCase) {
        return jdbc.sql("select m.position, m.case_id, m.state, m.note from bundle_case_member m where bundle_case_id = ? order by position")
                .param(bundleCase).query().listOfRows();
    }

    UUID caseOf(UUID bundleCase, int position) {
        return jdbc.sql("select case_id from bundle_case_member where bundle_case_id = ? and position = ?")
                .params(bundleCase, position).query(UUID.class).single();
    }

    CaseStatus caseStatus(UUID caseId) {
        return cases.find(caseId).orElseThrow().status();
    }

    @Test
    void theGuidesAreComputedFromTheMemberItemsNotTyped() throws Exception {
        String list = mvc.perform(get("/bundles")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int bundles = jdbc.sql("select count(*) from bundle_definition where status = 'PUBLISHED'").query(Integer.class).single();
        assertThat(bundles).isGreaterThanOrEqualTo(10);
        assertThat(list).contains("新生儿出生一件事", "员工录用一件事", "投资项目开工一件事", "职工退休一件事");

        // the expected figures, from the members' published guides
        List<String> codes = jdbc.sql("""
                select m.item_code from bundle_member m join bundle_definition d on d.id = m.definition_id
                where d.code = 'YJS-KG' and d.status = 'PUBLISHED' order by m.position""").query(String.class).list();
        List<ServiceGuide> guides = codes.stream().map(c -> catalog.published(c).orElseThrow().guide()).toList();
        int lines = guides.stream().mapToInt(g -> g.materials().size()).sum();
        Set<String> uploads = new HashSet<>();
        guides.forEach(g -> g.materials().stream().filter(m -> m.source() == Material.Source.APPLICANT)
                .forEach(m -> uploads.add(m.name())));
        int sumDays = guides.stream().mapToInt(ServiceGuide::statutoryDays).sum();
        // after 备案: 规划许可 → 施工许可 in turn; 环评, 水保 and the three utilities each beside them
        int besides = java.util.stream.IntStream.of(2, 3, 5, 6, 7).map(i -> guides.get(i).statutoryDays()).max().orElseThrow();
        int chain = guides.get(0).statutoryDays()
                + Math.max(guides.get(1).statutoryDays() + guides.get(4).statutoryDays(), besides);
        mvc.perform(get("/bundles/YJS-KG")).andExpect(status().isOk())
                .andExpect(content().string(containsString("材料 " + lines + " → " + uploads.size() + " 项")))
                .andExpect(content().string(containsString("时限 " + sumDays + " → " + chain + " 个工作日")))
                .andExpect(content().string(containsString("待“企业投资项目备案”办结后自动提交")));
        // the investment project's 项目代码 is asked once on the one form and carried to each approval that needs it
        String kg = mvc.perform(get("/bundles/YJS-KG")).andReturn().getResponse().getContentAsString();
        assertThat(kg.split("投资项目代码（在线审批监管平台赋码）", -1)).hasSize(2);
        assertThat(kg).contains("投资项目代码（在线审批监管平台赋码）（5 个事项共用）");
        mvc.perform(get("/bundles/NO-SUCH")).andExpect(status().isNotFound());
    }

    @Test
    void aFamilyAppliesOnceAndEachDepartmentActsInItsTurn() throws Exception {
        MockHttpSession zhangsan = login("zhangsan");
        String location = mvc.perform(post("/bundles/YJS-XSECS/apply").session(zhangsan).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/bundle-cases/".length()));
        // 生育津贴 is conditional and was not chosen: five members, all drafts
        assertThat(members(id)).hasSize(5).allSatisfy(m -> assertThat(m.get("state")).isEqualTo("DRAFT"));
        mvc.perform(get("/bundle-cases/" + id).session(zhangsan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("3 个事项共用"))); // the baby's name, asked once

        // submitting without the one upload fails for every member: nothing is sent anywhere
        var submit = post("/bundle-cases/" + id + "/form").session(zhangsan).with(csrf()).param("action", "submit")
                .param("f.phone", "13800000001").param("f.babyName", "张小宝").param("f.birthDate", "2026-11-20")
                .param("f.hospital", "乐山市妇幼保健院").param("f.babyGender", "男").param("f.relation", "父亲")
                .param("f.vaccinationSite", "乐山市妇幼保健院");
        // the baby's 社保卡 needs a bank: asked now, on the one form, though it is applied for later
        mvc.perform(submit).andExpect(flash().attribute("error", containsString("服务银行")));
        submit = submit.param("f.bank", "中国工商银行");
        mvc.perform(submit).andExpect(flash().attribute("error", containsString("出生医学证明首次签发登记表")));
        assertThat(members(id)).allSatisfy(m -> assertThat(m.get("state")).isEqualTo("DRAFT"));

        mvc.perform(multipart("/bundle-cases/" + id + "/materials").file(new MockMultipartFile("file", "登记表.pdf", null,
                TestFiles.PDF)).param("material", "出生医学证明首次签发登记表").session(zhangsan).with(csrf()))
                .andExpect(flash().attribute("message", "“出生医学证明首次签发登记表”已上传，用于 1 个事项"));
        mvc.perform(submit).andExpect(flash().attribute("message", containsString("已提交")));
        assertThat(caseStatus(caseOf(id, 0))).isEqualTo(CaseStatus.SUBMITTED);
        for (int waiting : List.of(1, 2, 3, 4)) {
            assertThat(caseStatus(caseOf(id, waiting))).isEqualTo(CaseStatus.DRAFT);
        }
        assertThat(cases.find(caseOf(id, 2)).orElseThrow().applicantName()).isEqualTo(cases.find(caseOf(id, 0)).orElseThrow().applicantName());
        mvc.perform(submit).andExpect(flash().attribute("error", "该“一件事”已提交，不能再修改"));

        decide(caseOf(id, 0)); // 卫健: 出生医学证明 → 预防接种证 and 出生登记 go out together
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(caseStatus(caseOf(id, 1))).isNotEqualTo(CaseStatus.DRAFT);
            assertThat(caseStatus(caseOf(id, 2))).isNotEqualTo(CaseStatus.DRAFT);
        });
        assertThat(caseStatus(caseOf(id, 3))).as("医保参保 waits for 出生登记").isEqualTo(CaseStatus.DRAFT);
        assertThat(caseStatus(caseOf(id, 4))).as("社保卡 waits for 出生登记").isEqualTo(CaseStatus.DRAFT);
        assertThat(cases.find(caseOf(id, 2)).orElseThrow().departmentId()).isEqualTo("511100-GAJ");
        decide(caseOf(id, 2)); // 公安 and 卫健 each on their own
        decide(caseOf(id, 1));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> caseStatus(caseOf(id, 3)) != CaseStatus.DRAFT
                && caseStatus(caseOf(id, 4)) != CaseStatus.DRAFT);

        // 出生登记 made the baby a citizen; the baby's members are the baby's, the father applying as guardian
        var child = guardianships.registeredBy(caseOf(id, 2)).orElseThrow();
        assertThat(child.name()).isEqualTo("张小宝");
        var father = cases.find(caseOf(id, 0)).orElseThrow();
        for (int babys : List.of(3, 4)) {
            var member = cases.find(caseOf(id, babys)).orElseThrow();
            assertThat(jdbc.sql("select applicant_id from casework_case where id = ?").param(member.id()).query(UUID.class)
                    .single()).isEqualTo(child.id());
            assertThat(member.applicantName()).isEqualTo("张小宝");
            assertThat(member.agentAccount()).isEqualTo(father.applicantAccount());
        }
        // 秒批 for the baby: her 户口簿 proves who she is, her 户籍 and (photo-less) card record come from 公安
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(caseStatus(caseOf(id, 3))).as("医保参保 秒批").isEqualTo(CaseStatus.APPROVED);
            assertThat(caseStatus(caseOf(id, 4))).as("社保卡 秒批").isEqualTo(CaseStatus.APPROVED);
        });
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.sql("select status from bundle_case where id = ?").param(id).query(String.class).single()).isEqualTo("FINISHED"));
        mvc.perform(get("/messages").session(zhangsan)).andExpect(content().string(containsString("“新生儿出生一件事”已全部办结：5 项准予")));
        mvc.perform(get("/bundle-cases").session(zhangsan)).andExpect(content().string(containsString("5 / 5 项已准予")));
        // the baby's 户口簿 and 社保卡 are hers, held in her father's wallet
        mvc.perform(get("/wallet").session(zhangsan)).andExpect(content().string(containsString("社会保障卡")))
                .andExpect(content().string(containsString(child.maskedIdNumber())));
        assertThat(jdbc.sql("select count(*) from license_license where holder_id = ? and status = 'VALID'")
                .param(child.id()).query(Integer.class).single()).isEqualTo(2);

        // its figures: counted from the applications, and the plan's "≥ 10 个一件事" on the targets page
        var f = figures.all().stream().filter(x -> x.code().equals("YJS-XSECS")).findFirst().orElseThrow();
        assertThat(f.finished()).isPositive();
        assertThat(f.averageWorkingDays()).isNotNull().isGreaterThanOrEqualTo(0);
        assertThat(f.materialsAvoided()).isGreaterThanOrEqualTo(f.submitted());
        int live = jdbc.sql("select count(*) from bundle_definition where status = 'PUBLISHED'").query(Integer.class).single();
        mvc.perform(get("/services/targets")).andExpect(content().string(containsString("一件事一次办（在办）")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*一件事一次办（在办）</a></td>\\s*<td>" + live + "</td>\\s*<td>10</td>.*")));
        mvc.perform(get("/bundles")).andExpect(content().string(containsString("平均办结用时")));
    }

    @Test
    void openingASnackShopIsOneApplicationAndTheFoodLicenceIsTheNewShops() throws Exception {
        MockHttpSession zhangsan = login("zhangsan");
        String location = mvc.perform(post("/bundles/YJS-KBCY/apply").session(zhangsan).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/bundle-cases/".length()));
        assertThat(members(id)).hasSize(2);
        for (String material : List.of("个体工商户登记申请书", "食品经营许可申请书", "与食品经营相适应的主要设备设施、经营布局、操作流程等文件",
                "食品安全自查、从业人员健康管理、进货查验记录等食品安全管理制度")) {
            mvc.perform(multipart("/bundle-cases/" + id + "/materials").file(new MockMultipartFile("file", "材料.pdf", null,
                    TestFiles.PDF)).param("material", material).session(zhangsan).with(csrf()))
                    .andExpect(flash().attribute("message", containsString("已上传")));
        }
        String name = "乐山市市中区张三小吃店" + (System.nanoTime() % 1000);
        mvc.perform(post("/bundle-cases/" + id + "/form").session(zhangsan).with(csrf()).param("action", "submit")
                .param("f.tradeName", name).param("f.industry", "H6291 小吃服务").param("f.premises", "乐山市市中区嘉州大道88号")
                .param("f.scope", "小吃服务").param("f.mainBusiness", "餐饮服务经营者").param("f.items", "热食类食品制售")
                .param("f.phone", "13800000001").param("f.creditCode", "91511100MA62A5YX2T").param("f.entName", "冒名公司"))
                .andExpect(flash().attribute("message", containsString("已提交")));
        assertThat(caseStatus(caseOf(id, 1))).as("the food licence waits for the shop to exist").isEqualTo(CaseStatus.DRAFT);
        decide(caseOf(id, 0)); // 设立登记 准予: the shop is registered with its credit code
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> caseStatus(caseOf(id, 1)) != CaseStatus.DRAFT);
        var licence = cases.find(caseOf(id, 1)).orElseThrow();
        assertThat(licence.applicantName()).isEqualTo(name);
        assertThat(licence.agentAccount()).as("the founder applies as its 经营者").isEqualTo(cases.find(caseOf(id, 0))
                .orElseThrow().applicantAccount());
        assertThat(jdbc.sql("select applicant_kind from casework_case where id = ?").param(licence.id()).query(String.class)
                .single()).isEqualTo("ENTERPRISE");
        // the shop's identity on the licence application is its registration's, whatever was typed on the form
        String shopCode = jdbc.sql("select credit_code from identity_enterprise where name = ?").param(name).query(String.class).single();
        mvc.perform(get("/cases/" + licence.id()).session(zhangsan)).andExpect(content().string(containsString(shopCode)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("91511100MA62A5YX2T"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("冒名公司"))));
        mvc.perform(get("/bundle-cases/" + id).session(zhangsan)).andExpect(content().string(containsString("以新设主体办理")));
        mvc.perform(get("/cases/" + licence.id()).session(zhangsan)).andExpect(content().string(containsString("法定代表人（经营者）")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("代理申请须上传申请人签署的授权委托书"))));
        decide(licence.id());
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.sql("select status from bundle_case where id = ?").param(id).query(String.class).single()).isEqualTo("FINISHED"));
        mvc.perform(get("/wallet").session(zhangsan)).andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("食品经营许可证")));
    }

    @Test
    void theResultsOfAFinishedBundleGoOutTogetherByMail() throws Exception {
        MockHttpSession zhangsan = login("zhangsan");
        String location = mvc.perform(post("/bundles/YJS-LHJY/apply").session(zhangsan).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/bundle-cases/".length()));
        mvc.perform(post("/bundle-cases/" + id + "/delivery").session(zhangsan).with(csrf()).param("method", "MAIL")
                .param("address", " ")).andExpect(flash().attribute("error", containsString("邮寄地址")));
        mvc.perform(post("/bundle-cases/" + id + "/delivery").session(zhangsan).with(csrf()).param("method", "PIGEON"))
                .andExpect(flash().attribute("error", "请选择送达方式"));
        mvc.perform(post("/bundle-cases/" + id + "/delivery").session(login("qiye")).with(csrf()).param("method", "WINDOW"))
                .andExpect(flash().attribute("error", "没有这件申请"));
        mvc.perform(post("/bundle-cases/" + id + "/delivery").session(zhangsan).with(csrf()).param("method", "MAIL")
                .param("address", "四川省乐山市市中区嘉定北路 1 号")).andExpect(flash().attribute("message", containsString("合并为一件邮寄")));
        mvc.perform(post("/bundle-cases/" + id + "/form").session(zhangsan).with(csrf()).param("action", "submit")
                .param("f.occupation", "新就业形态").param("f.phone", "13800000001"))
                .andExpect(flash().attribute("message", containsString("已提交")));
        for (Map<String, Object> m : members(id)) {
            decide((UUID) m.get("case_id"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from casework_case c join bundle_case_member m on m.case_id = c.id where m.bundle_case_id = ? "
                        + "and c.delivery_method = 'MAIL' and c.mail_address like '四川省乐山市市中区嘉定北路 1 号（一件事合并邮寄%'")
                .param(id).query(Integer.class).single()).isEqualTo(members(id).size()));
    }

    @Test
    void aBirthCertificateIssuedBringsTheOfferAndTheFamilyOnlyConfirms() throws Exception {
        MockHttpSession zhangsan = login("zhangsan");
        String code = catalog.search(io.onewindow.catalog.CatalogQuery.text("出生医学证明办理")).items().get(0).code();
        String draft = mvc.perform(post("/apply/" + code).session(zhangsan).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl();
        UUID birth = UUID.fromString(draft.substring(draft.indexOf("/cases/") + "/cases/".length()));
        mvc.perform(multipart("/cases/" + birth + "/materials").file(new MockMultipartFile("file", "登记表.pdf", null,
                TestFiles.PDF)).param("index", "1").session(zhangsan).with(csrf()));
        mvc.perform(post("/cases/" + birth + "/form").session(zhangsan).with(csrf()).param("action", "submit")
                .param("idempotencyKey", "birth-" + birth).param("f.phone", "13800000001").param("f.babyName", "张小满")
                .param("f.birthDate", "2026-11-25").param("f.hospital", "乐山市人民医院"))
                .andExpect(flash().attribute("message", containsString("已提交")));
        decide(birth);

        // the platform saw the 出生医学证明 and offers the rest of 新生儿出生一件事
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/bundle-cases").session(zhangsan))
                .andExpect(content().string(containsString("宝宝的出生医学证明已签发"))));
        mvc.perform(get("/messages").session(zhangsan)).andExpect(content().string(containsString("宝宝的出生医学证明已签发")));
        UUID offer = jdbc.sql("select id from bundle_offer where source_case_id = ?").param(birth).query(UUID.class).single();
        String location = mvc.perform(post("/bundle-offers/" + offer + "/take").session(zhangsan).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/bundle-cases/".length()));
        assertThat(caseOf(id, 0)).as("the decided case is the bundle's first member").isEqualTo(birth);
        assertThat(cases.find(caseOf(id, 2)).orElseThrow().status()).isEqualTo(CaseStatus.DRAFT);
        mvc.perform(get("/bundle-cases/" + id).session(zhangsan)).andExpect(content().string(containsString("value=\"张小满\"")));
        mvc.perform(post("/bundle-offers/" + offer + "/take").session(zhangsan).with(csrf()))
                .andExpect(flash().attribute("error", "没有这条推荐，或已处理"));

        // confirm: only what the certificate does not say is asked
        mvc.perform(post("/bundle-cases/" + id + "/form").session(zhangsan).with(csrf()).param("action", "submit")
                .param("f.babyGender", "女").param("f.relation", "父亲").param("f.vaccinationSite", "乐山市妇幼保健院")
                .param("f.bank", "乐山市商业银行"))
                .andExpect(flash().attribute("message", containsString("已提交")));
        // its predecessor decided, 出生登记 and 预防接种证 go at once
        assertThat(caseStatus(caseOf(id, 1))).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(caseStatus(caseOf(id, 2))).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(cases.find(caseOf(id, 2)).orElseThrow().itemName()).isEqualTo("出生登记（新生儿落户）");
        decide(caseOf(id, 1));
        decide(caseOf(id, 2));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> caseStatus(caseOf(id, 3)) != CaseStatus.DRAFT
                && caseStatus(caseOf(id, 4)) != CaseStatus.DRAFT);
        decide(caseOf(id, 3));
        decide(caseOf(id, 4));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/wallet").session(zhangsan))
                .andExpect(content().string(containsString("居民户口簿"))).andExpect(content().string(containsString("预防接种证"))));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.sql("select status from bundle_case where id = ?").param(id).query(String.class).single()).isEqualTo("FINISHED"));
    }

    @Test
    void aWindowClerkTakesInABundleAndTheApplicantFollowsIt() throws Exception {
        MockHttpSession clerk = login("clerk");
        String zhangsanId = io.onewindow.identity.synthetic.SyntheticIdentities.residentId("511102",
                java.time.LocalDate.of(1990, 3, 15), 123);
        mvc.perform(get("/bundles/YJS-LHJY").session(clerk)).andExpect(content().string(containsString("综合窗口代为受理")));
        int before = jdbc.sql("select count(*) from bundle_case").query(Integer.class).single();
        String stranger = io.onewindow.identity.synthetic.SyntheticIdentities.residentId("511102", java.time.LocalDate.of(1931, 1, 1), 7);
        String refused = (String) mvc.perform(post("/window/bundles/YJS-LHJY").session(clerk).with(csrf())
                .param("idNumber", stranger)).andReturn().getFlashMap().get("error");
        assertThat(refused).as("an applicant who is not registered").isNotBlank();
        assertThat(jdbc.sql("select count(*) from bundle_case").query(Integer.class).single()).isEqualTo(before);
        String location = mvc.perform(post("/window/bundles/YJS-LHJY").session(clerk).with(csrf())
                .param("idNumber", zhangsanId)).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/bundle-cases/".length()));
        // before submission the draft is the clerk's alone
        mvc.perform(get("/bundle-cases/" + id).session(login("zhangsan"))).andExpect(status().isNotFound());
        mvc.perform(post("/bundle-cases/" + id + "/form").session(clerk).with(csrf()).param("action", "submit")
                .param("f.phone", "13800000001").param("f.occupation", "新就业形态"))
                .andExpect(flash().attribute("message", containsString("已提交")));
        var first = cases.find(caseOf(id, 0)).orElseThrow();
        assertThat(first.status()).isNotEqualTo(CaseStatus.DRAFT);
        assertThat(first.intakeHallId()).as("taken in at the clerk's hall").isNotNull();
        assertThat(jdbc.sql("select channel from bundle_case where id = ?").param(id).query(String.class).single()).isEqualTo("WINDOW");
        // the applicant follows it in their own account
        mvc.perform(get("/bundle-cases").session(login("zhangsan"))).andExpect(content().string(containsString("灵活就业一件事")));
        mvc.perform(get("/bundle-cases/" + id).session(login("zhangsan"))).andExpect(status().isOk());
        // online application is not the clerk's, window intake not the applicant's
        mvc.perform(post("/window/bundles/YJS-LHJY").session(login("zhangsan")).with(csrf()).param("idNumber", zhangsanId))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bundles/YJS-LHJY/apply").session(clerk).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void strangersStaffAndWrongAccountsAreRefusedAndNothingIsStored() throws Exception {
        MockHttpSession zhangsan = login("zhangsan");
        int before = jdbc.sql("select count(*) from bundle_case").query(Integer.class).single();
        // a situation that is not one of the bundle's conditional members
        mvc.perform(post("/bundles/YJS-XSECS/apply").session(zhangsan).with(csrf()).param("include", "0"))
                .andExpect(flash().attribute("error", "所选情形不属于该“一件事”"));
        // an enterprise bundle for a person's account, and a bundle needing two kinds of account
        mvc.perform(post("/bundles/YJS-YGLY/apply").session(zhangsan).with(csrf()))
                .andExpect(flash().attribute("error", "该“一件事”须由企业申请"));
        mvc.perform(post("/bundles/YJS-KBCY/apply").session(login("qiye")).with(csrf()))
                .andExpect(flash().attribute("error", "该“一件事”须由个人申请"));
        mvc.perform(post("/bundles/YJS-XSECS/apply").session(login("approver.health")).with(csrf()))
                .andExpect(status().isForbidden());
        // 就医一件事 has only conditional members: choosing none leaves nothing to do
        mvc.perform(post("/bundles/YJS-JY/apply").session(zhangsan).with(csrf()))
                .andExpect(flash().attribute("error", containsString("请至少勾选一项适用的情形")));
        assertThat(jdbc.sql("select count(*) from bundle_case").query(Integer.class).single()).isEqualTo(before);

        String location = mvc.perform(post("/bundles/YJS-LHJY/apply").session(zhangsan).with(csrf()).param("include", "2"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/bundle-cases/".length()));
        assertThat(members(id)).hasSize(2);
        // somebody else's bundle is not found, for a person and for staff alike
        String other = "t.bundle" + (System.nanoTime() % 100000);
        registrations.registerCitizen(new io.onewindow.identity.NewCitizen("李四", io.onewindow.identity.synthetic.SyntheticIdentities
                .residentId("511102", java.time.LocalDate.of(1988, 6, 1), (int) (System.nanoTime() % 900)), "13800000002"),
                new io.onewindow.identity.NewLogin(other, "Test2023ok"));
        MockHttpSession lisi = DemoLogins.session(mvc, other, "Test2023ok");
        mvc.perform(get("/bundle-cases/" + id).session(lisi)).andExpect(status().isNotFound());
        mvc.perform(post("/bundle-cases/" + id + "/form").session(lisi).with(csrf()).param("action", "submit"))
                .andExpect(flash().attribute("error", "没有这件申请"));
        mvc.perform(get("/bundle-cases/" + id).session(login("approver.hr"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/bundle-cases/" + id + "/materials").file(new MockMultipartFile("file", "x.pdf", null,
                TestFiles.PDF)).param("material", "户籍信息").session(zhangsan).with(csrf()))
                .andExpect(flash().attribute("error", "该“一件事”无须提交“户籍信息”"));
        // a file that is not what it says is refused and stored nowhere
        String newborn = mvc.perform(post("/bundles/YJS-XSECS/apply").session(lisi).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID nb = UUID.fromString(newborn.substring("/bundle-cases/".length()));
        mvc.perform(multipart("/bundle-cases/" + nb + "/materials").file(new MockMultipartFile("file", "x.pdf", null,
                "not a pdf".getBytes())).param("material", "出生医学证明首次签发登记表").session(lisi).with(csrf()))
                .andExpect(flash().attribute("error", containsString("只能上传 PDF")));
        assertThat(jdbc.sql("select count(*) from casework_material where case_id = ?").param(caseOf(nb, 0))
                .query(Integer.class).single()).isZero();
    }

    /** Works a member case to its decision with the demo accounts of each step's department (准予). */
    void decide(UUID caseId) throws Exception {
        var c = cases.find(caseId).orElseThrow();
        if (c.status() == CaseStatus.SUBMITTED) {
            mvc.perform(post("/cases/" + caseId + "/accept").session(login(account(c.departmentId(), Role.APPROVER)))
                    .with(csrf()));
        }
        for (int round = 0; round < 20 && !processes.tasksOfCase(caseId.toString()).isEmpty(); round++) {
            for (WorkTask t : processes.tasksOfCase(caseId.toString())) {
                String[] group = t.groups().get(0).split(":");
                MockHttpSession who = login(account(group[1], Role.valueOf(group[2])));
                mvc.perform(post("/tasks/" + t.id() + "/claim").session(who).with(csrf()).param("caseId", caseId.toString()));
                if (t.activityId().equals("decide")) {
                    mvc.perform(post("/tasks/" + t.id() + "/decide").session(who).with(csrf())
                            .param("caseId", caseId.toString()).param("approve", "true"));
                } else {
                    mvc.perform(post("/tasks/" + t.id() + "/pass").session(who).with(csrf())
                            .param("caseId", caseId.toString()).param("opinion", "同意"));
                }
            }
        }
        assertThat(caseStatus(caseId)).as("member %s decided", c.itemName()).isEqualTo(CaseStatus.APPROVED);
    }

    String account(String departmentId, Role role) {
        return staffAccounts.list("", 500).stream()
                .filter(s -> departmentId.equals(s.departmentId()) && s.roles().contains(role) && s.enabled())
                .map(StaffAccounts.AccountSummary::username).sorted().findFirst().orElseThrow();
    }
}
