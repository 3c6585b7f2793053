package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.casework.BundleMembers;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import io.onewindow.license.StockLicenses;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 监护: 出生登记 registers the child as a citizen with a GB 11643 number of their own; the guardian applies for the
 * child without a 授权委托书 and holds the child's licences — and nobody else can do either.
 */
@IntegrationTest
class GuardianshipIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 400));

    @Autowired
    Guardianships guardianships;

    @Autowired
    Registrations registrations;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    StockLicenses stockLicenses;

    @Autowired
    BundleMembers bundleMembers;

    /** A parent with a login, born in 峨眉山市 (511181). */
    record Parent(UUID citizenId, String username) {
    }

    Parent parent(String county) {
        int n = SERIAL.incrementAndGet();
        String id = SyntheticIdentities.residentId(county, LocalDate.of(1990, 3, 1 + n % 27), 100 + n % 800);
        String username = "t.guardian" + n + (System.nanoTime() % 10000);
        registrations.registerCitizen(new NewCitizen("王家长", id, "13800000077"), new NewLogin(username, "Test2023ok"));
        return new Parent(people.citizenByIdNumber(id).orElseThrow().id(), username);
    }

    @Test
    void aNewbornGetsAValidNumberOfTheirOwnAndIsRegisteredOnce() {
        Parent p = parent("511181");
        LocalDate born = LocalDate.of(2026, 11, 28);
        UUID basis = UUID.randomUUID();
        Citizen girl = guardianships.registerBirth(new NewBirth(p.citizenId(), "王一一", "女", born, "母亲", basis));
        Citizen sister = guardianships.registerBirth(new NewBirth(p.citizenId(), "王二二", "女", born, "母亲", UUID.randomUUID()));
        Citizen boy = guardianships.registerBirth(new NewBirth(p.citizenId(), "王三三", "男", born, "母亲", UUID.randomUUID()));
        String girlNumber = people.idNumberOf(girl.id()).orElseThrow();
        String sisterNumber = people.idNumberOf(sister.id()).orElseThrow();
        String boyNumber = people.idNumberOf(boy.id()).orElseThrow();
        for (String number : new String[] {girlNumber, sisterNumber, boyNumber}) {
            ResidentIdCheck check = ResidentIdNumbers.check(number, LocalDate.of(2026, 12, 1));
            assertThat(check.valid()).as(number).isTrue();
            assertThat(check.regionCode()).as("registered into the parent's county").isEqualTo("511181");
            assertThat(check.birthDate()).isEqualTo(born);
        }
        // 顺序码: even for a girl, odd for a boy; two girls of one day and county never share one
        assertThat(ResidentIdNumbers.check(girlNumber, LocalDate.of(2026, 12, 1)).sex()).isEqualTo("女");
        assertThat(ResidentIdNumbers.check(boyNumber, LocalDate.of(2026, 12, 1)).sex()).isEqualTo("男");
        assertThat(girlNumber).isNotEqualTo(sisterNumber);
        assertThat(guardianships.wards(p.citizenId())).extracting(Citizen::name).contains("王一一", "王二二", "王三三");
        assertThat(guardianships.isGuardian(p.citizenId(), girl.id())).isTrue();

        // the event registry redelivers: the same 出生登记 registers nobody twice
        long citizens = people.citizenCount();
        assertThat(guardianships.registerBirth(new NewBirth(p.citizenId(), "王一一", "女", born, "母亲", basis)).id())
                .isEqualTo(girl.id());
        assertThat(people.citizenCount()).isEqualTo(citizens);

        // the 公安 户籍 register took the child into the household in the same transaction
        assertThat(jdbc.sql("select relation from exchange_src_ga_hukou where subject_id = ?").param(girl.id())
                .query(String.class).single()).isEqualTo("女");
        assertThat(jdbc.sql("select id_number from exchange_src_ga_hukou where subject_id = ?").param(boy.id())
                .query(String.class).single()).isEqualTo(boy.maskedIdNumber()).doesNotContain(boyNumber.substring(6, 14));
    }

    @Test
    void badBirthDetailsAreRefusedWithAReasonAndStoreNothing() {
        Parent p = parent("511102");
        long citizens = people.citizenCount();
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThatThrownBy(() -> guardianships.registerBirth(new NewBirth(p.citizenId(), "王明天", "男", LocalDate.now().plusYears(1),
                "父亲", UUID.randomUUID()))).isInstanceOf(OneWindowException.class).hasMessageContaining("出生日期");
        assertThatThrownBy(() -> guardianships.registerBirth(new NewBirth(p.citizenId(), "王某", "未知", today.minusDays(1),
                "父亲", UUID.randomUUID()))).isInstanceOf(OneWindowException.class).hasMessageContaining("性别");
        assertThatThrownBy(() -> guardianships.registerBirth(new NewBirth(p.citizenId(), "  ", "男", today.minusDays(1),
                "父亲", UUID.randomUUID()))).isInstanceOf(OneWindowException.class).hasMessageContaining("新生儿姓名");
        assertThatThrownBy(() -> guardianships.registerBirth(new NewBirth(UUID.randomUUID(), "王某", "男", today.minusDays(1),
                "父亲", UUID.randomUUID()))).isInstanceOf(OneWindowException.class).hasMessageContaining("未实名登记");
        assertThat(people.citizenCount()).isEqualTo(citizens);
        assertThat(guardianships.wards(p.citizenId())).isEmpty();
    }

    @Test
    void theGuardianAppliesForTheChildWithoutAPowerOfAttorneyAndAStrangerCannot() throws Exception {
        Parent p = parent("511102");
        Citizen child = guardianships.registerBirth(new NewBirth(p.citizenId(), "王小满", "女", LocalDate.of(2026, 11, 20),
                "父亲", UUID.randomUUID()));
        String childNumber = people.idNumberOf(child.id()).orElseThrow();
        String code = catalog.search(CatalogQuery.text("城乡居民基本医疗保险参保登记")).items().get(0).code();
        MockHttpSession guardian = DemoLogins.session(mvc, p.username(), "Test2023ok");
        String draft = mvc.perform(post("/apply/" + code).session(guardian).with(csrf()).param("for", childNumber))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(draft).startsWith("/cases/");
        mvc.perform(get(draft).session(guardian)).andExpect(status().isOk())
                .andExpect(content().string(containsString("无需授权委托书")))
                .andExpect(content().string(not(containsString("代理申请须上传申请人签署的授权委托书"))));

        // a stranger may apply as an agent, but only with the child's 授权委托书
        Parent stranger = parent("511102");
        MockHttpSession other = DemoLogins.session(mvc, stranger.username(), "Test2023ok");
        String theirs = mvc.perform(post("/apply/" + code).session(other).with(csrf()).param("for", childNumber))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(theirs).session(other)).andExpect(content().string(containsString("代理申请须上传申请人签署的授权委托书")));

        // nor can a stranger's draft be handed to a child who is not theirs
        UUID strangerDraft = UUID.fromString(theirs.substring("/cases/".length()));
        UUID ownDraft = UUID.fromString(mvc.perform(post("/apply/" + code).session(other).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl().substring("/cases/".length()));
        assertThat(strangerDraft).isNotEqualTo(ownDraft);
        assertThatThrownBy(() -> bundleMembers.handToWard(ownDraft, child.id())).isInstanceOf(OneWindowException.class)
                .hasMessageContaining("只有监护人");
        assertThat(jdbc.sql("select applicant_id from casework_case where id = ?").param(ownDraft).query(UUID.class).single())
                .isEqualTo(stranger.citizenId());
    }

    @Test
    void theChildsLicencesAreInTheGuardiansWalletAndNobodyElses() throws Exception {
        Parent p = parent("511102");
        Citizen child = guardianships.registerBirth(new NewBirth(p.citizenId(), "王小乐", "男", LocalDate.of(2026, 11, 21),
                "母亲", UUID.randomUUID()));
        String licence = stockLicenses.register(new StockLicenses.StockLicense("预防接种证", "CITIZEN", child.id(),
                child.name(), child.maskedIdNumber(), "511100-WJW", LocalDate.of(2026, 11, 22), null, Map.of("接种单位", "乐山市妇幼保健院")));
        MockHttpSession guardian = DemoLogins.session(mvc, p.username(), "Test2023ok");
        mvc.perform(get("/wallet").session(guardian)).andExpect(content().string(containsString("王小乐")))
                .andExpect(content().string(containsString(child.maskedIdNumber())));
        mvc.perform(get("/wallet/" + licence + "/qr.png").session(guardian)).andExpect(status().isOk());
        MockHttpSession other = DemoLogins.session(mvc, parent("511102").username(), "Test2023ok");
        mvc.perform(get("/wallet").session(other)).andExpect(content().string(not(containsString("王小乐"))));
        mvc.perform(get("/wallet/" + licence + "/qr.png").session(other)).andExpect(status().isNotFound());
    }
}
