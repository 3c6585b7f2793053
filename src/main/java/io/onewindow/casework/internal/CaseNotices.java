package io.onewindow.casework.internal;

import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.casework.ClockState;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PdfDocuments;
import io.onewindow.platform.PdfPage;
import java.io.IOException;
import org.springframework.stereotype.Component;

/** The official notices of an acceptance decision: 受理通知书, 一次性告知书, 不予受理决定书 (PDF, Chinese font embedded). */
@Component
public class CaseNotices {

    public enum Kind {
        ACCEPTANCE("受理通知书"), CORRECTION("一次性告知书"), REJECTION("不予受理决定书"), APPROVAL("准予决定书"),
        DENIAL("不予许可决定书");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final PdfDocuments documents;

    CaseNotices(PdfDocuments documents) {
        this.documents = documents;
    }

    public byte[] render(Kind kind, CaseRecord c, ServiceGuide g, String department, ClockState clock) {
        boolean available = switch (kind) {
            case ACCEPTANCE -> c.acceptedOn() != null;
            case CORRECTION -> c.status() == CaseStatus.CORRECTION_REQUIRED;
            case REJECTION -> c.status() == CaseStatus.REJECTED;
            case APPROVAL -> c.status() == CaseStatus.APPROVED;
            case DENIAL -> c.status() == CaseStatus.DENIED;
        };
        if (!available) {
            throw new OneWindowException(CaseworkErrorCode.CASE_NOT_FOUND, "该办件没有" + kind.title());
        }
        return documents.write(kind.title() + " " + c.number(), page -> {
            page.text(department, 14, 0);
            page.text(kind.title(), 20, 0);
            page.text("办件编号：" + c.number(), 10.5f, 0);
            page.moveDown(10);
            page.text(c.applicantName() + "：", 12, 0);
            switch (kind) {
                case ACCEPTANCE -> acceptance(page, c, g, clock);
                case CORRECTION -> correction(page, c, g);
                case REJECTION -> rejection(page, c, g);
                case APPROVAL -> approval(page, c, g);
                case DENIAL -> denial(page, c, g);
            }
            page.moveDown(20);
            page.text(department + "（电子印章）", 12, 200);
            page.text(ChinaTime.today().toString(), 12, 200);
        });
    }

    private static void acceptance(PdfPage page, CaseRecord c, ServiceGuide g, ClockState clock) throws IOException {
        page.text("你（单位）于 " + c.submittedAt().atZone(ChinaTime.ZONE).toLocalDate() + " 提出的“" + g.name()
                + "”申请，申请材料齐全、符合法定形式，经审查，决定予以受理。", 12, 0);
        page.text("受理日期：" + c.acceptedOn(), 12, 0);
        if (clock == null) {
            // decided cases (e.g. 秒批, accepted and decided at once) have no running clock any more
            page.text("法定办结期限：" + g.statutoryDays() + " 个工作日。本办件已办结。", 12, 0);
        } else {
            page.text("法定办结期限：" + g.statutoryDays() + " 个工作日，至 " + clock.statutoryDue() + "（依法不计算在内的期间除外）", 12, 0);
            page.text("承诺办结期限：" + (g.promisedDays() == 0 ? "即办" : g.promisedDays() + " 个工作日，至 " + clock.promisedDue()), 12, 0);
        }
        page.text("可凭办件编号和证件号码后四位在乐山市一网通办查询办理进度。咨询电话：" + g.enquiryPhone(), 12, 0);
    }

    private static void correction(PdfPage page, CaseRecord c, ServiceGuide g) throws IOException {
        page.text("你（单位）提出的“" + g.name() + "”申请，经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国"
                + "行政许可法》第三十二条，现一次性告知需要补正的全部内容：", 12, 0);
        int i = 1;
        for (String item : c.correctionNotice()) {
            page.text(i++ + ". " + item, 12, 12);
        }
        page.text("请补齐上述内容后重新提交。补正期间不计算办理时限。咨询电话：" + g.enquiryPhone(), 12, 0);
    }

    private static void approval(PdfPage page, CaseRecord c, ServiceGuide g) throws IOException {
        page.text("你（单位）于 " + c.acceptedOn() + " 受理的“" + g.name() + "”申请，经审查，符合法定条件、标准，"
                + "根据" + g.legalBasis() + "，决定准予。", 12, 0);
        page.text("办理结果：" + g.result() + (g.validity() == null || g.validity().isBlank() ? "" : "，有效期：" + g.validity()), 12, 0);
        if (g.resultLicenseType() != null) {
            page.text("电子证照“" + g.resultLicenseType() + "”将同步签发，可在乐山市一网通办“我的办件”中查看和使用。", 12, 0);
        }
        page.text("结果可在受理大厅出件窗口领取，或选择邮寄、电子送达。", 12, 0);
    }

    private static void denial(PdfPage page, CaseRecord c, ServiceGuide g) throws IOException {
        page.text("你（单位）于 " + c.acceptedOn() + " 受理的“" + g.name() + "”申请，经审查，决定不予许可。", 12, 0);
        page.text("理由：" + c.decisionReason(), 12, 0);
        page.text("依据：" + c.decisionBasis(), 12, 0);
        page.text("如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者自收到本决定书之日起六个月内"
                + "依法向人民法院提起行政诉讼。", 12, 0);
    }

    private static void rejection(PdfPage page, CaseRecord c, ServiceGuide g) throws IOException {
        page.text("你（单位）提出的“" + g.name() + "”申请，经审查，决定不予受理。", 12, 0);
        page.text("理由：" + c.decisionReason(), 12, 0);
        page.text("依据：" + c.decisionBasis(), 12, 0);
        page.text("如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者自收到本决定书之日起六个月内"
                + "依法向人民法院提起行政诉讼。", 12, 0);
    }
}
