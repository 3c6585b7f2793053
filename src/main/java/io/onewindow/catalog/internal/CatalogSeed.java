package io.onewindow.catalog.internal;

import io.onewindow.catalog.Audience;
import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.catalog.FormField;
import io.onewindow.catalog.ItemType;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.organization.Department;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.organization.Region;
import io.onewindow.platform.OneWindowException;
import io.onewindow.workflow.ProcessModels;
import io.onewindow.workflow.StandardProcesses;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads Leshan's starting catalogue ({@code catalog/seed-items.json}: real items with their legal bases,
 * materials and time limits) as published version 1 when the catalogue is empty. Each item is checked by the
 * same rules as a published one; a bad seed stops start-up rather than publishing an incomplete guide.
 */
@Component
@Order(10)
class CatalogSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);
    private static final String HOURS = "工作日 上午9:00-12:00，下午13:00-17:00（法定节假日除外）";

    private final CatalogRepository repository;
    private final Organization organization;
    private final ProcessModels processModels;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    CatalogSeed(CatalogRepository repository, Organization organization, ProcessModels processModels, JsonMapper json,
            JdbcClient jdbc) {
        this.repository = repository;
        this.organization = organization;
        this.processModels = processModels;
        this.json = json;
        this.jdbc = jdbc;
    }

    /** One item as written in the seed file. */
    record SeedItem(String name, ItemType type, String department, Audience audience, List<String> lifeEvents,
            List<String> keywords, String legalBasis, List<String> conditions, List<String> materials,
            int statutoryDays, int promisedDays, String fees, String result, String licenseType, String validity,
            int visits, List<ServiceFlag> flags, String process, List<List<String>> joint, List<String> form,
            List<String> faq) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (repository.itemCount() > 0) {
            return;
        }
        List<SeedItem> items;
        try (InputStream in = new ClassPathResource("catalog/seed-items.json").getInputStream()) {
            items = List.of(json.readValue(in, SeedItem[].class));
        }
        for (SeedItem item : items) {
            publish(item);
        }
        log.info("Catalogue seeded with {} published items", items.size());
    }

    private void publish(SeedItem s) {
        Department department = organization.department(new DepartmentId(s.department()))
                .orElseThrow(() -> new IllegalStateException("seed: unknown department " + s.department()));
        String code = repository.nextCode(department.id().value(), s.type().code());
        ServiceGuide guide = guide(s, department);
        String bpmn = StandardProcesses.bpmn(StandardProcesses.Shape.valueOf(s.process()),
                "p_" + code.replace('-', '_'), s.name(), department.id().value(),
                s.joint() == null ? List.of() : s.joint().stream()
                        .map(j -> new StandardProcesses.Reviewer(j.get(0), j.get(1))).toList());
        List<String> problems = GuideRules.problems(guide, processModels.check(bpmn));
        if (!problems.isEmpty()) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_INCOMPLETE, "seed item " + s.name() + ": " + problems);
        }
        UUID itemId = UUID.randomUUID();
        UUID versionId = UUID.randomUUID();
        repository.insertItem(itemId, code, department.id().value(), department.regionId());
        repository.insertVersion(versionId, itemId, 1, ItemVersion.Status.DRAFT, guide, bpmn, "system");
        repository.publishedHere();
        jdbc.sql("""
                update catalog_item_version set status = 'PUBLISHED', submitted_by = 'system', submitted_at = now(),
                       published_by = 'system', published_at = now() where id = ?""").param(versionId).update();
    }

    private ServiceGuide guide(SeedItem s, Department department) {
        Region region = organization.region(department.regionId()).orElseThrow();
        String hall = region.level() == Region.Level.CITY ? "乐山市政务服务中心" : region.name() + "政务服务中心";
        String supervisor = (region.level() == Region.Level.CITY ? "乐山市" : region.name())
                + "人民政府办公室（政务服务管理机构）";
        // 设立登记 is applied for by the person who founds the business: their fields, never a credit code
        boolean establishes = "营业执照".equals(s.licenseType()) && s.lifeEvents() != null && s.lifeEvents().contains("设立");
        List<FormField> form = new ArrayList<>(GuideLines.form(String.join("\n",
                defaultForm(establishes ? Audience.CITIZEN : s.audience()))).values());
        var extra = GuideLines.form(s.form() == null ? "" : String.join("\n", s.form()));
        var materials = GuideLines.materials(String.join("\n", s.materials()));
        if (!extra.errors().isEmpty() || !materials.errors().isEmpty()) {
            throw new IllegalStateException("seed item " + s.name() + ": " + extra.errors() + materials.errors());
        }
        form.addAll(extra.values());
        return new ServiceGuide(s.name(), s.type(), department.id().value(), department.regionId(), s.audience(),
                s.lifeEvents(), s.keywords(), s.legalBasis(), s.conditions(), materials.values(), s.statutoryDays(),
                s.promisedDays(), s.fees() == null ? "不收费" : s.fees(), s.result(), s.licenseType(),
                hall + "综合窗口（可在任一无差别综合窗口或网上办理）", HOURS,
                "12345（乐山市12345政务服务便民热线）", "12345；" + department.name(), s.validity(), supervisor,
                s.visits(), s.faq() == null ? List.of() : GuideLines.faq(String.join("\n", s.faq())).values(),
                s.flags() == null ? EnumSet.noneOf(ServiceFlag.class) : EnumSet.copyOf(s.flags()), form, s.process());
    }

    static List<String> defaultForm(Audience audience) {
        return audience == Audience.CITIZEN
                ? List.of("applicantName | 申请人姓名 | 文本 | 必填 | | profile.name",
                        "idNumber | 身份证号码 | 身份证号 | 必填 | | profile.idNumber",
                        "phone | 联系电话 | 手机号 | 必填 | ^1[3-9][0-9]{9}$ | profile.phone",
                        "email | 电子邮箱（选填，用于接收办理进展） | 电子邮箱 | 选填 | |")
                : List.of("entName | 主体名称 | 文本 | 必填 | | enterprise.name",
                        "creditCode | 统一社会信用代码 | 信用代码 | 必填 | | enterprise.creditCode",
                        "legalRep | 法定代表人（负责人） | 文本 | 必填 | | enterprise.legalRepresentative",
                        "contact | 经办人 | 文本 | 必填 | | profile.name",
                        "phone | 联系电话 | 手机号 | 必填 | ^1[3-9][0-9]{9}$ | profile.phone",
                        "email | 电子邮箱（选填，用于接收办理进展） | 电子邮箱 | 选填 | |");
    }
}
