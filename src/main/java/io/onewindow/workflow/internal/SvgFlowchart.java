package io.onewindow.workflow.internal;

import io.onewindow.workflow.ProcessDiagram;
import io.onewindow.workflow.ProcessDiagram.Edge;
import io.onewindow.workflow.ProcessDiagram.Kind;
import io.onewindow.workflow.ProcessDiagram.Node;
import io.onewindow.workflow.ProcessDiagram.Point;
import java.util.List;
import java.util.stream.Collectors;

/** Draws a {@link ProcessDiagram} as a standalone, accessible SVG document with BPMN's usual shapes. */
final class SvgFlowchart {

    private SvgFlowchart() {
    }

    static String render(ProcessDiagram d) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(d.width()).append(' ').append(d.height())
                .append("\" width=\"").append(d.width()).append("\" height=\"").append(d.height())
                .append("\" role=\"img\" aria-labelledby=\"flow-title\" font-family=\"Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif\" font-size=\"13\">")
                .append("<title id=\"flow-title\">办理流程图：").append(escape(d.title())).append("</title>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#333\"/></marker></defs>");
        d.lanes().forEach(l -> lane(svg, l));
        d.edges().forEach(e -> edge(svg, e));
        d.nodes().forEach(n -> node(svg, n));
        return svg.append("</svg>").toString();
    }

    private static void node(StringBuilder svg, Node n) {
        int x = n.x();
        int y = n.y();
        svg.append("<g data-element=\"").append(escape(n.id())).append("\">");
        switch (n.kind()) {
            case START, END -> {
                boolean end = n.kind() == Kind.END;
                svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"18\" fill=\"")
                        .append(end ? "#fdecee" : "#e6f4e7").append("\" stroke=\"").append(end ? "#b00020" : "#1b6e20")
                        .append("\" stroke-width=\"").append(end ? 4 : 2).append("\"/>");
                text(svg, x, y + 36, n.label().isEmpty() ? (end ? "结束" : "开始") : n.label());
            }
            case TASK -> {
                int w = ProcessDiagram.TASK_WIDTH;
                int h = ProcessDiagram.TASK_HEIGHT;
                svg.append("<rect x=\"").append(x - w / 2).append("\" y=\"").append(y - h / 2).append("\" width=\"").append(w)
                        .append("\" height=\"").append(h).append("\" rx=\"10\" fill=\"#ffffff\" stroke=\"#a4161a\" stroke-width=\"2\"/>");
                List<String> lines = n.labelLines();
                int ty = y - (lines.size() - 1) * 8 + 5;
                for (String line : lines) {
                    text(svg, x, ty, line);
                    ty += 16;
                }
            }
            default -> {
                String mark = n.kind() == Kind.PARALLEL_GATEWAY ? "+" : n.kind() == Kind.INCLUSIVE_GATEWAY ? "○"
                        : n.kind() == Kind.EXCLUSIVE_GATEWAY ? "×" : "";
                svg.append("<polygon points=\"").append(x).append(',').append(y - 24).append(' ').append(x + 24).append(',')
                        .append(y).append(' ').append(x).append(',').append(y + 24).append(' ').append(x - 24).append(',')
                        .append(y).append("\" fill=\"#fff8e1\" stroke=\"#8a5300\" stroke-width=\"2\"/>")
                        .append("<text x=\"").append(x).append("\" y=\"").append(y + 7)
                        .append("\" text-anchor=\"middle\" font-size=\"20\" fill=\"#8a5300\">").append(mark).append("</text>");
                if (!n.label().isEmpty()) {
                    text(svg, x, y + 42, n.label());
                }
            }
        }
        svg.append("</g>");
    }

    /** A swim lane: a band with its name written down the left edge. */
    private static void lane(StringBuilder svg, ProcessDiagram.Lane l) {
        svg.append("<g data-lane=\"").append(escape(l.name())).append("\"><rect x=\"").append(l.x()).append("\" y=\"")
                .append(l.y()).append("\" width=\"").append(l.width()).append("\" height=\"").append(l.height())
                .append("\" fill=\"#f7f7f7\" stroke=\"#bbbbbb\"/>");
        int cx = l.x() + 14;
        int cy = l.y() + l.height() / 2;
        svg.append("<text x=\"").append(cx).append("\" y=\"").append(cy).append("\" text-anchor=\"middle\" fill=\"#444\" ")
                .append("transform=\"rotate(-90 ").append(cx).append(' ').append(cy).append(")\">").append(escape(l.name()))
                .append("</text></g>");
    }

    private static void edge(StringBuilder svg, Edge e) {
        String path = e.points().stream().map(p -> p.x() + " " + p.y()).collect(Collectors.joining(" L ", "M ", ""));
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(e.returnFlow() ? "#8a5300" : "#333")
                .append("\" stroke-width=\"1.5\"").append(e.returnFlow() ? " stroke-dasharray=\"5 4\"" : "")
                .append(" marker-end=\"url(#arrow)\"/>");
        if (e.label() != null) {
            Point at = e.labelAt();
            text(svg, at.x(), at.y(), e.label());
        }
    }

    private static void text(StringBuilder svg, int x, int y, String s) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"middle\" fill=\"#1a1a1a\">")
                .append(escape(s)).append("</text>");
    }

    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
