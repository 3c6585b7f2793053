package io.onewindow.catalog.internal;

import io.onewindow.platform.PdfPage;
import io.onewindow.workflow.ProcessDiagram;
import io.onewindow.workflow.ProcessDiagram.Edge;
import io.onewindow.workflow.ProcessDiagram.Kind;
import io.onewindow.workflow.ProcessDiagram.Node;
import io.onewindow.workflow.ProcessDiagram.Point;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws a {@link ProcessDiagram} into the PDF flow, scaled to the text width. */
final class PdfFlowchart {

    private static final float KAPPA = 0.552_284_8f;

    private final PdfPage page;
    private float scale;
    private float top;

    PdfFlowchart(PdfPage page) {
        this.page = page;
    }

    void draw(ProcessDiagram d) throws IOException {
        scale = Math.min(1f, PdfPage.WIDTH / d.width());
        float height = d.height() * scale;
        page.reserve(height);
        top = page.y();
        PDPageContentStream c = page.content();
        c.setLineWidth(1);
        for (Edge e : d.edges()) {
            edge(c, e);
        }
        for (Node n : d.nodes()) {
            node(c, n);
        }
        page.moveDown(height);
    }

    private float x(float x) {
        return PdfPage.MARGIN + x * scale;
    }

    private float y(float y) {
        return top - y * scale;
    }

    private void edge(PDPageContentStream c, Edge e) throws IOException {
        c.setStrokingColor(e.returnFlow() ? new Color(0x8a, 0x53, 0x00) : Color.DARK_GRAY);
        c.setLineDashPattern(e.returnFlow() ? new float[] {4, 3} : new float[] {}, 0);
        List<Point> p = e.points();
        c.moveTo(x(p.get(0).x()), y(p.get(0).y()));
        for (int i = 1; i < p.size(); i++) {
            c.lineTo(x(p.get(i).x()), y(p.get(i).y()));
        }
        c.stroke();
        c.setLineDashPattern(new float[] {}, 0);
        arrowHead(c, p.get(p.size() - 2), p.get(p.size() - 1));
        if (e.label() != null) {
            centred(e.label(), e.labelAt().x(), e.labelAt().y(), 8);
        }
    }

    private void arrowHead(PDPageContentStream c, Point from, Point to) throws IOException {
        double angle = Math.atan2(y(to.y()) - y(from.y()), x(to.x()) - x(from.x()));
        float size = 6;
        float tx = x(to.x());
        float ty = y(to.y());
        c.setNonStrokingColor(Color.DARK_GRAY);
        c.moveTo(tx, ty);
        c.lineTo((float) (tx - size * Math.cos(angle - 0.4)), (float) (ty - size * Math.sin(angle - 0.4)));
        c.lineTo((float) (tx - size * Math.cos(angle + 0.4)), (float) (ty - size * Math.sin(angle + 0.4)));
        c.closePath();
        c.fill();
    }

    private void node(PDPageContentStream c, Node n) throws IOException {
        float cx = x(n.x());
        float cy = y(n.y());
        c.setNonStrokingColor(Color.WHITE);
        switch (n.kind()) {
            case START, END -> {
                c.setStrokingColor(n.kind() == Kind.END ? new Color(0xb0, 0, 0x20) : new Color(0x1b, 0x6e, 0x20));
                c.setLineWidth(n.kind() == Kind.END ? 2.5f : 1.2f);
                circle(c, cx, cy, 18 * scale);
                c.fillAndStroke();
                centred(n.label().isEmpty() ? (n.kind() == Kind.END ? "结束" : "开始") : n.label(), n.x(), n.y() + 34, 9);
            }
            case TASK -> {
                float w = ProcessDiagram.TASK_WIDTH * scale;
                float h = ProcessDiagram.TASK_HEIGHT * scale;
                c.setStrokingColor(new Color(0xa4, 0x16, 0x1a));
                c.setLineWidth(1.2f);
                c.addRect(cx - w / 2, cy - h / 2, w, h);
                c.fillAndStroke();
                List<String> lines = n.labelLines();
                int y = n.y() - (lines.size() - 1) * 7 + 4;
                for (String line : lines) {
                    centred(line, n.x(), y, 9);
                    y += 14;
                }
            }
            default -> {
                float r = 24 * scale;
                c.setStrokingColor(new Color(0x8a, 0x53, 0x00));
                c.setLineWidth(1.2f);
                c.moveTo(cx, cy + r);
                c.lineTo(cx + r, cy);
                c.lineTo(cx, cy - r);
                c.lineTo(cx - r, cy);
                c.closePath();
                c.fillAndStroke();
                String mark = n.kind() == Kind.PARALLEL_GATEWAY ? "+" : n.kind() == Kind.EXCLUSIVE_GATEWAY ? "×" : "";
                centred(mark, n.x(), n.y() + 5, 12);
                if (!n.label().isEmpty()) {
                    centred(n.label(), n.x(), n.y() + 40, 8);
                }
            }
        }
        c.setLineWidth(1);
    }

    private void centred(String text, float x, float y, float size) throws IOException {
        page.content().setNonStrokingColor(Color.BLACK);
        float s = size * Math.max(scale, 0.8f);
        page.write(text, x(x) - page.width(text, s) / 2, y(y), s);
    }

    private static void circle(PDPageContentStream c, float cx, float cy, float r) throws IOException {
        float k = KAPPA * r;
        c.moveTo(cx, cy + r);
        c.curveTo(cx + k, cy + r, cx + r, cy + k, cx + r, cy);
        c.curveTo(cx + r, cy - k, cx + k, cy - r, cx, cy - r);
        c.curveTo(cx - k, cy - r, cx - r, cy - k, cx - r, cy);
        c.curveTo(cx - r, cy + k, cx - k, cy + r, cx, cy + r);
        c.closePath();
    }
}
