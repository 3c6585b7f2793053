package io.onewindow.catalog.internal;

import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.workflow.ProcessDiagram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 办事指南 as a PDF: the same published version as the page, in Noto Sans SC (embedded as a subset), with
 * the flowchart drawn as vector graphics from the same {@link ProcessDiagram} as the SVG.
 */
@Component
public class GuidePdf {

    private final TrueTypeFont font;

    GuidePdf() {
        try (InputStream in = new ClassPathResource("fonts/NotoSansSC-Regular.ttf").getInputStream()) {
            this.font = new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException("CJK font missing from the classpath", e);
        }
    }

    /** Subsetting reads the shared parsed font, so one document is written at a time. */
    public synchronized byte[] render(ItemVersion v, String department, ProcessDiagram diagram) throws IOException {
        ServiceGuide g = v.guide();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(g.name() + " 办事指南");
            info.setCreator("OneWindow 乐山市一网通办");
            try (PdfPage page = new PdfPage(doc, PDType0Font.load(doc, font, true))) {
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
                g.form().forEach(f -> text(page, "· " + f.label() + "（" + f.type().label() + (f.required() ? "，必填" : "") + "）"));
                if (!g.faq().isEmpty()) {
                    heading(page, "常见问题");
                    g.faq().forEach(q -> {
                        text(page, "问：" + q.question());
                        text(page, "答：" + q.answer());
                    });
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
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

    private static void text(PdfPage page, String text) {
        try {
            page.text(text, 10.5f, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
