package io.onewindow.catalog.internal;

import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.platform.PdfDocuments;
import io.onewindow.platform.PdfPage;
import io.onewindow.workflow.ProcessDiagram;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The 办事指南 as a PDF: the same published version as the page, in Noto Sans SC (embedded as a subset), with
 * the flowchart drawn as vector graphics from the same {@link ProcessDiagram} as the SVG.
 */
@Component
public class GuidePdf {

    private final PdfDocuments documents;

    GuidePdf(PdfDocuments documents) {
        this.documents = documents;
    }

    public byte[] render(ItemVersion v, String department, ProcessDiagram diagram) {
        ServiceGuide g = v.guide();
        return documents.write(g.name() + " 办事指南", page -> {
            page.text(g.name() + " 办事指南", 18, 0);
            page.text("事项编码 " + v.code() + " · 第 " + v.version() + " 版 · " + department, 9, 0);
            page.text("服务标识：" + g.flags().stream().sorted().map(ServiceFlag::label).collect(Collectors.joining("、")), 9, 0);
            page.moveDown(6);
            facts(page, g);
            heading(page, "一单：受理条件和申请材料（一次性告知）");
            int i = 1;
            for (String c : g.conditions()) {
                page.text(i++ + ". " + c, 10.5f, 0);
            }
            page.moveDown(4);
            i = 1;
            for (Material m : g.materials()) {
                page.text(i++ + ". " + m.name() + "（" + m.form().label() + " " + m.copies() + " 份，"
                        + (m.required() ? "必需" : "情形：" + m.condition()) + "；" + m.source().label()
                        + (m.sourceRef() == null ? "" : "：" + m.sourceRef()) + "）", 10.5f, 0);
            }
            heading(page, "一图：办理流程");
            if (diagram != null) {
                new PdfFlowchart(page).draw(diagram);
            }
            heading(page, "一表：申请表");
            for (var f : g.form()) {
                page.text("· " + f.label() + "（" + f.type().label() + (f.required() ? "，必填" : "") + "）", 10.5f, 8);
            }
            if (!g.faq().isEmpty()) {
                heading(page, "常见问题");
                for (var q : g.faq()) {
                    page.text("问：" + q.question(), 10.5f, 8);
                    page.text("答：" + q.answer(), 10.5f, 8);
                }
            }
        });
    }

    private static void facts(PdfPage page, ServiceGuide g) throws IOException {
        fact(page, "事项类型", g.type().label());
        fact(page, "设定依据", g.legalBasis());
        fact(page, "法定办结时限", g.statutoryDays() + " 个工作日");
        fact(page, "承诺办结时限", g.promisedDays() == 0 ? "即办" : g.promisedDays() + " 个工作日");
        fact(page, "收费标准", g.fees());
        fact(page, "办理结果", g.result());
        fact(page, "到现场次数", g.visits() + " 次");
        fact(page, "办理地点", g.location());
        fact(page, "办理时间", g.hours());
        fact(page, "咨询电话", g.enquiryPhone());
        fact(page, "监督投诉", g.complaintPhone() + "；监督机构：" + g.supervisor());
    }

    private static void fact(PdfPage page, String label, String value) throws IOException {
        page.text(label + "：" + (value == null ? "" : value), 10.5f, 0);
    }

    private static void heading(PdfPage page, String text) throws IOException {
        page.moveDown(8);
        page.reserve(60);
        page.text(text, 13, 0);
        page.moveDown(2);
    }
}
