package io.onewindow.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import io.onewindow.casework.CaseApproved;
import io.onewindow.identity.PartyKind;
import io.onewindow.identity.People;
import io.onewindow.license.internal.Issuance;
import io.onewindow.license.internal.Jcs;
import io.onewindow.license.internal.LicenseTokens;
import io.onewindow.license.internal.LicenseTypes;
import io.onewindow.license.internal.Sm2;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class LicenseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Licenses licenses;

    @Autowired
    Issuance issuance;

    @Autowired
    LicenseTypes types;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    MockHttpSession login(String username) throws Exception {
        return io.onewindow.DemoLogins.session(mvc, username);
    }

    UUID demoEnterprise() {
        return jdbc.sql("select id from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'").query(UUID.class).single();
    }

    License awaitLicenseOfCase(UUID caseId) {
        String id = Awaitility.await("the licence of case " + caseId).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql("select id from license_license where case_id = ?")
                        .param(caseId).query(String.class).optional(), java.util.Optional::isPresent).orElseThrow();
        return licenses.ofHolder(demoEnterprise()).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /** The import's progress fragment once it says 导入完成 (or the last one seen after 5 s). */
    String progressWhenDone(String job, org.springframework.mock.web.MockHttpSession admin) {
        String[] last = {""};
        try {
            Awaitility.await("the import").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
                last[0] = mvc.perform(get(job + "/progress").session(admin)).andReturn().getResponse().getContentAsString();
                return last[0].contains("导入完成");
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // the assertion on the returned text says what was seen
        }
        return last[0];
    }

    String verify(String token) throws Exception {
        return mvc.perform(post("/api/v1/licenses/verify").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + token + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anApprovedCaseYieldsASignedLicenceThatVerifiesUntilItIsRevoked() throws Exception {
        UUID caseId = UUID.randomUUID();
        transaction.executeWithoutResult(s -> events.publishEvent(new CaseApproved(caseId, "511100-20261128-99001",
                "511100-SCJGJ-XK-0001", 1, "511100-SCJGJ", "511100", "食品经营许可", io.onewindow.identity.PartyKind.ENTERPRISE, demoEnterprise(),
                "乐山嘉州绿色硅材料有限公司", "食品经营许可证", "5年", LocalDate.now(), Map.of("经营场所", "乐山市市中区嘉州大道1号"))));
        License license = awaitLicenseOfCase(caseId);
        assertThat(license.typeName()).isEqualTo("食品经营许可证");
        assertThat(license.holderCodeType()).isEqualTo("001");
        assertThat(license.validUntil()).isEqualTo(LocalDate.now().plusYears(5).minusDays(1));
        assertThat(license.data()).containsEntry("经营场所", "乐山市市中区嘉州大道1号");

        assertThat(verify(license.token())).contains("\"status\":\"VALID\"").contains("乐山市市场监督管理局");
        mvc.perform(get("/wallet").session(login("qiye"))).andExpect(content().string(org.hamcrest.Matchers.containsString(license.number())));
        mvc.perform(get("/wallet/" + license.id() + "/qr.png").session(login("qiye"))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG));
        mvc.perform(get("/wallet/" + license.id() + "/qr.png").session(login("zhangsan"))).andExpect(status().isNotFound());

        // tampering with the content breaks the signature
        var parsed = LicenseTokens.parse(license.token());
        String forged = LicenseTokens.token(parsed.payload().replace("乐山市市中区嘉州大道1号", "成都市"),
                Base64.getEncoder().encodeToString(parsed.signature()), parsed.keyId());
        assertThat(verify(forged)).contains("\"status\":\"BAD_SIGNATURE\"").contains("签名无效");
        assertThat(verify("garbage")).contains("\"status\":\"MALFORMED\"");

        // only the issuing department may revoke; afterwards the same token says 已注销 with date and reason
        mvc.perform(post("/licenses/" + license.id() + "/revoke").session(login("approver.health")).with(csrf())
                .param("reason", "越权").param("confirmed", "true")).andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("签发部门")));
        mvc.perform(post("/licenses/" + license.id() + "/revoke").session(login("approver")).with(csrf())
                .param("reason", "经营场所已拆除")).andExpect(flash().attribute("error", "注销不能撤回，请勾选确认后再提交"));
        assertThat(verify(license.token())).contains("\"status\":\"VALID\"");
        mvc.perform(post("/licenses/" + license.id() + "/revoke").session(login("approver")).with(csrf())
                .param("reason", "经营场所已拆除").param("confirmed", "true"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已注销")));
        String revoked = verify(license.token());
        assertThat(revoked).contains("\"status\":\"REVOKED\"").contains("已注销").contains("经营场所已拆除");
        mvc.perform(get("/verify").param("token", license.token())).andExpect(content().string(org.hamcrest.Matchers.containsString("已注销")));
    }

    @Test
    void aSecondLicenceOfAKindReplacesTheFirstAndApplyingAgainAsksWhy() throws Exception {
        String item = jdbc.sql("select code from catalog_current where guide->>'name' = '社会保障卡申领'").query(String.class).single();
        MockHttpSession citizen = login("zhangsan");
        // 张三 holds a valid card: the apply page asks 换发 or 补发, and starting without a reason is refused
        mvc.perform(get("/apply/" + item).session(citizen)).andExpect(content().string(org.hamcrest.Matchers.containsString(
                "您已持有有效的“社会保障卡”")));
        mvc.perform(post("/apply/" + item).session(citizen).with(csrf())).andExpect(redirectedUrl("/apply/" + item))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.startsWith("您已持有有效的“社会保障卡”")));
        mvc.perform(post("/apply/" + item).session(citizen).with(csrf()).param("reissue", "随便")).andExpect(redirectedUrl("/apply/" + item));

        // two approvals of a personal document for one holder: the second replaces the first, which verifies as 已换发
        UUID citizenId = jdbc.sql("select citizen_id from identity_account where username = 'zhangsan'").query(UUID.class).single();
        String first = approve(PartyKind.CITIZEN, citizenId, "张三", "医师执业注册", "医师执业证书").id();
        License replacement = approve(PartyKind.CITIZEN, citizenId, "张三", "医师执业注册", "医师执业证书");
        License old = licenses.ofHolder(citizenId).stream().filter(l -> l.id().equals(first)).findFirst().orElseThrow();
        assertThat(old.status()).isEqualTo("CHANGED");
        assertThat(old.statusReason()).isEqualTo("已换发，新证编号 " + replacement.number());
        assertThat(licenses.ofHolder(citizenId).stream().filter(l -> l.typeName().equals("医师执业证书") && l.status().equals("VALID")))
                .singleElement().extracting(License::id).isEqualTo(replacement.id());
        assertThat(verify(old.token())).contains("\"status\":\"CHANGED\"").contains("已换发").contains(replacement.number());
        assertThat(verify(replacement.token())).contains("\"status\":\"VALID\"");

        // a per-object licence is not replaced: an enterprise may register two lifts
        UUID enterprise = demoEnterprise();
        License lift1 = approve(PartyKind.ENTERPRISE, enterprise, "乐山嘉州绿色硅材料有限公司", "特种设备使用登记", "特种设备使用登记证");
        License lift2 = approve(PartyKind.ENTERPRISE, enterprise, "乐山嘉州绿色硅材料有限公司", "特种设备使用登记", "特种设备使用登记证");
        assertThat(licenses.ofHolder(enterprise).stream().filter(l -> l.id().equals(lift1.id()) || l.id().equals(lift2.id())))
                .extracting(License::status).containsOnly("VALID");
    }

    private License approve(PartyKind kind, UUID holder, String name, String item, String type) {
        UUID caseId = UUID.randomUUID();
        transaction.executeWithoutResult(s -> events.publishEvent(new CaseApproved(caseId, "511100-20261201-9" + caseId.toString().substring(0, 4),
                "511100-XX-0009", 1, "511100-SCJGJ", "511100", item, kind, holder, name, type, "长期", LocalDate.now(), Map.of("事项", item))));
        String id = Awaitility.await("the licence of case " + caseId).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql("select id from license_license where case_id = ?")
                        .param(caseId).query(String.class).optional(), java.util.Optional::isPresent).orElseThrow();
        return licenses.ofHolder(holder).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void expiredUntrustedAndRecognisedLicencesAreEachNamed() throws Exception {
        var type = types.byName("营业执照").orElseThrow();
        String expired = issuance.issue(new Issuance.Request(type, "ENTERPRISE", demoEnterprise(), "乐山嘉州绿色硅材料有限公司",
                "91511100000000000X", "511100-SCJGJ", "511100", LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31),
                Map.of("名称", "乐山嘉州绿色硅材料有限公司"), null));
        String token = licenses.ofHolder(demoEnterprise()).stream().filter(l -> l.id().equals(expired)).findFirst().orElseThrow().token();
        assertThat(verify(token)).contains("\"status\":\"EXPIRED\"").contains("2024-12-31");

        // a licence signed by another region's key: untrusted until the key is on the trust list, then 有效 (互认)
        var foreign = Sm2.generate();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", "CQ-TEST-1");
        payload.put("typeName", "营业执照");
        payload.put("number", "CQ500112");
        payload.put("holderName", "重庆渝北某公司");
        payload.put("holderCode", "915001120000000000");
        payload.put("issuer", "重庆市渝北区市场监督管理局");
        payload.put("validFrom", "2025-01-01");
        payload.put("validUntil", "长期");
        String canonical = Jcs.canonical(payload);
        String keyHex = Sm2.publicKeyHex(foreign.getPublic());
        String keyId = "cq-yubei-1";
        String foreignToken = LicenseTokens.token(canonical, Base64.getEncoder().encodeToString(
                Sm2.sign(foreign.getPrivate(), canonical.getBytes(StandardCharsets.UTF_8))), keyId);
        assertThat(verify(foreignToken)).contains("\"status\":\"UNTRUSTED_ISSUER\"").contains("签发机构不受信任");
        MockHttpSession admin = login("admin");
        mvc.perform(post("/admin/trust").session(admin).with(csrf()).param("keyId", keyId).param("region", "重庆市渝北区")
                .param("issuer", "重庆市渝北区市场监督管理局").param("publicKeyHex", "04abcdef"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("sm2p256v1")));
        mvc.perform(post("/admin/trust").session(admin).with(csrf()).param("keyId", keyId).param("region", "重庆市渝北区")
                .param("issuer", "重庆市渝北区市场监督管理局").param("publicKeyHex", keyHex))
                .andExpect(flash().attribute("message", "已加入互认名单"));
        assertThat(verify(foreignToken)).contains("\"status\":\"VALID\"").contains("重庆市渝北区");
        mvc.perform(post("/admin/trust").session(login("approver")).with(csrf()).param("keyId", "x").param("region", "x")
                .param("issuer", "x").param("publicKeyHex", keyHex)).andExpect(status().isForbidden());
    }

    @Test
    void issuersArePublishedWithPemAndHexKeys() throws Exception {
        issuance.issue(new Issuance.Request(types.byName("营业执照").orElseThrow(), "ENTERPRISE", demoEnterprise(), "乐山嘉州绿色硅材料有限公司",
                "91511100000000000X", "511100-SCJGJ", "511100", LocalDate.now(), null, Map.of(), null));
        mvc.perform(get("/api/v1/licenses/issuers"))
                .andExpect(jsonPath("$.userId").value("1234567812345678"))
                .andExpect(jsonPath("$.caCertificatePem").value(org.hamcrest.Matchers.startsWith("-----BEGIN CERTIFICATE-----")))
                .andExpect(jsonPath("$.issuers[0].publicKeyHex").value(org.hamcrest.Matchers.matchesPattern("04[0-9a-f]{128}")));
    }

    @Test
    void materialsFromLicencesAreLinkedAndARevokedOneIsFlaggedByPreCheck() throws Exception {
        MockHttpSession clerk = login("clerk");
        String item = jdbc.sql("select code from catalog_current where guide->>'name' = '食品经营许可'").query(String.class).single();
        String demoCode = jdbc.sql("select credit_code from identity_enterprise where id = ?").param(demoEnterprise())
                .query(String.class).single();
        String location = mvc.perform(post("/window/intake").session(clerk).with(csrf()).param("itemCode", item)
                .param("idNumber", demoCode)).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(clerk)).andExpect(content().string(org.hamcrest.Matchers.containsString("已关联电子证照 YYZZ")));

        // another enterprise whose 营业执照 was revoked: the pre-check names it and blocks
        var other = jdbc.sql("select id, credit_code, name from identity_enterprise where name like '乐山%有限公司' and id <> ? order by name limit 1")
                .param(demoEnterprise()).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)}).single();
        String licence = issuance.issue(new Issuance.Request(types.byName("营业执照").orElseThrow(), "ENTERPRISE", (UUID) other[0],
                (String) other[2], (String) other[1], "511100-SCJGJ", "511100", LocalDate.of(2018, 1, 1), null, Map.of(), null));
        mvc.perform(post("/licenses/" + licence + "/revoke").session(login("approver")).with(csrf()).param("reason", "吊销")
                .param("confirmed", "true"));
        String second = mvc.perform(post("/window/intake").session(clerk).with(csrf()).param("itemCode", item)
                .param("idNumber", (String) other[1])).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(second).session(clerk))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("电子证照已注销")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已注销，请先办理换证")));
    }

    @Test
    void demoApplicantsHoldValidExpiredAndRevokedLicences() throws Exception {
        String wallet = mvc.perform(get("/wallet").session(login("qiye"))).andReturn().getResponse().getContentAsString();
        assertThat(wallet).contains("营业执照").contains("已注销").contains("已过期");
        assertThat(mvc.perform(get("/wallet").session(login("zhangsan"))).andReturn().getResponse().getContentAsString())
                .contains("居民身份证").contains("社会保障卡").contains("机动车驾驶证").contains("已过期");
    }

    @Test
    void aConsentLinkShowsOnlyThatLicenceUntilItIsRevokedAndEveryViewIsRecorded() throws Exception {
        MockHttpSession holder = login("qiye");
        String licenceId = jdbc.sql("select id from license_license where holder_id = ? and type_code = 'YYZZ' and status = 'VALID' order by created_at limit 1")
                .param(demoEnterprise()).query(String.class).single();
        String message = (String) mvc.perform(post("/wallet/" + licenceId + "/consents").session(holder).with(csrf())
                .param("purpose", "银行开户核验").param("days", "7")).andReturn().getFlashMap().get("message");
        String link = message.replaceAll(".*(/shared/[0-9a-f]{32}).*", "$1");
        mvc.perform(get(link).header("User-Agent", "乐山市商业银行")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("营业执照")));
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(get("/wallet").session(holder)).andExpect(content().string(org.hamcrest.Matchers.containsString("银行开户核验")));
        assertThat(jdbc.sql("select count(*) from license_consent_access a join license_consent c on c.token = a.token where c.license_id = ?")
                .param(licenceId).query(Long.class).single()).isGreaterThanOrEqualTo(2);
        // bad input, someone else's licence, an unknown link
        mvc.perform(post("/wallet/" + licenceId + "/consents").session(holder).with(csrf()).param("purpose", "x").param("days", "365"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("有效天数")));
        mvc.perform(post("/wallet/" + licenceId + "/consents").session(login("zhangsan")).with(csrf()).param("purpose", "x"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("不存在")));
        mvc.perform(get("/shared/0123456789abcdef0123456789abcdef")).andExpect(status().isNotFound());
        // revoked by the holder: the link no longer shows anything
        mvc.perform(post("/wallet/consents/" + link.substring("/shared/".length()) + "/revoke").session(holder).with(csrf()))
                .andExpect(flash().attribute("message", "授权已撤销"));
        mvc.perform(get(link)).andExpect(status().isNotFound());
    }

    @Test
    void aChangeIssuesANewVersionAndTheOldOneSaysChanged() throws Exception {
        String id = issuance.issue(new Issuance.Request(types.byName("营业执照").orElseThrow(), "ENTERPRISE", demoEnterprise(),
                "乐山嘉州绿色硅材料有限公司", "91511100000000000X", "511100-SCJGJ", "511100", LocalDate.of(2020, 1, 1), null,
                Map.of("住所", "乐山市市中区"), null));
        String oldToken = licenses.ofHolder(demoEnterprise()).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow().token();
        mvc.perform(post("/licenses/" + id + "/change").session(login("approver")).with(csrf()).param("data", "住所=乐山市五通桥区"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已变更")));
        assertThat(verify(oldToken)).contains("\"status\":\"CHANGED\"").contains("已变更");
        String replacement = jdbc.sql("select replaced_by from license_license where id = ?").param(id).query(String.class).single();
        License current = licenses.ofHolder(demoEnterprise()).stream().filter(l -> l.id().equals(replacement)).findFirst().orElseThrow();
        assertThat(current.data()).containsEntry("住所", "乐山市五通桥区");
        assertThat(verify(current.token())).contains("\"status\":\"VALID\"");
        mvc.perform(post("/licenses/" + replacement + "/change").session(login("approver")).with(csrf()).param("data", "没有等号"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("项目=内容")));
    }

    @Test
    void backlogImportChecksEveryRowThenSignsInTheBackgroundWithProgress() throws Exception {
        String idNumber = "511102199003151235";
        String good = "[{\"type\":\"不动产权证书\",\"holderCode\":\"" + idNumber + "\",\"holderName\":\"张三\",\"department\":\"511100-ZRZYJ\","
                + "\"number\":\"川(2019)乐山市不动产权第0012345号\",\"issuedOn\":\"2019-04-02\",\"validUntil\":\"长期\","
                + "\"data\":\"坐落=乐山市市中区嘉州大道8号;用途=住宅\"}]";
        String bad = good.replace("2019-04-02", "2019-13-40");
        MockHttpSession admin = login("admin");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/licenses/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "存量.json", null, bad.getBytes(StandardCharsets.UTF_8)))
                        .session(admin).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("第 2 行"),
                        org.hamcrest.Matchers.containsString("颁证日期"))));
        // the same as a workbook: the row is read and checked the same way; a wrong header is named
        byte[] book = workbook(java.util.List.of(
                java.util.List.of("证照类型", "持证主体代码", "持证主体名称", "颁证部门编码", "证照编号", "颁证日期", "有效期止", "照面信息"),
                java.util.List.of("不动产权证书", idNumber, "张三", "511100-ZRZYJ", "川(2019)乐山市不动产权第0012399号", "2019-13-40",
                        "长期", "坐落=乐山市市中区嘉州大道9号")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/licenses/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "存量.xlsx", null, book)).session(admin).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("第 2 行"),
                        org.hamcrest.Matchers.containsString("颁证日期"))));
        byte[] wrongHeader = workbook(java.util.List.of(java.util.List.of("类型")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/licenses/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "存量.xlsx", null, wrongHeader)).session(admin).with(csrf()))
                .andExpect(flash().attribute("error", "第 1 行（表头）第 1 列应为“证照类型”"));
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/licenses/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "存量.json", null, good.getBytes(StandardCharsets.UTF_8)))
                        .session(admin).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/licenses/imports/");
        String status = progressWhenDone(location, admin);
        assertThat(status).contains("导入完成").contains("<progress");
        var zhangsan = people.citizenByIdNumber(idNumber).orElseThrow();
        var imported = licenses.ofHolder(zhangsan.id()).stream().filter(l -> l.number().equals("川(2019)乐山市不动产权第0012345号"))
                .findFirst().orElseThrow();
        assertThat(verify(imported.token())).contains("\"status\":\"VALID\"");
        // importing the same file again skips what exists
        String again = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/licenses/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "存量.json", null, good.getBytes(StandardCharsets.UTF_8)))
                        .session(admin).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        status = progressWhenDone(again, admin);
        assertThat(status).contains("跳过已有 <span>1</span>");
        // a department admin may import only under their own department
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/licenses/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "存量.json", null, good.getBytes(StandardCharsets.UTF_8)))
                        .session(login("deptadmin")).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("无权以部门")));
    }

    static byte[] workbook(java.util.List<java.util.List<String>> rows) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
