package io.onewindow.workflow.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.InclusiveGateway;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;

/**
 * Draws a process left to right: each node's column is its longest distance from the start (back edges such as
 * "退回" ignored for layout), rows in order of discovery, columns centred. Shapes follow BPMN conventions.
 */
final class SvgFlowchart {

    private static final int COL = 180;
    private static final int ROW = 110;
    private static final int MARGIN = 30;
    private static final int TASK_W = 130;
    private static final int TASK_H = 64;

    private final Process process;
    private final Map<String, FlowNode> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> layer = new HashMap<>();
    private final Map<String, int[]> centre = new HashMap<>();
    private final Set<String> backEdges = new HashSet<>();

    SvgFlowchart(Process process) {
        this.process = process;
        process.findFlowElementsOfType(FlowNode.class, false).forEach(n -> nodes.put(n.getId(), n));
    }

    String render() {
        layout();
        int columns = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int rows = 1;
        Map<Integer, List<String>> byLayer = byLayer();
        for (List<String> ids : byLayer.values()) {
            rows = Math.max(rows, ids.size());
        }
        int width = MARGIN * 2 + columns * COL - (COL - TASK_W);
        int height = MARGIN * 2 + rows * ROW + 30;
        for (var entry : byLayer.entrySet()) {
            List<String> ids = entry.getValue();
            int offset = (rows - ids.size()) * ROW / 2;
            for (int i = 0; i < ids.size(); i++) {
                centre.put(ids.get(i), new int[] {MARGIN + entry.getKey() * COL + TASK_W / 2,
                    MARGIN + offset + i * ROW + TASK_H / 2});
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"flow-title\" font-family=\"Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif\" font-size=\"13\">")
                .append("<title id=\"flow-title\">办理流程图：").append(escape(process.getName())).append("</title>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#333\"/></marker></defs>");
        process.findFlowElementsOfType(SequenceFlow.class, false).forEach(f -> edge(svg, f));
        nodes.values().forEach(n -> node(svg, n));
        svg.append("</svg>");
        return svg.toString();
    }

    private void layout() {
        List<String> order = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (FlowNode n : nodes.values()) {
            if (n instanceof StartEvent) {
                dfs(n, visiting, done, order);
            }
        }
        nodes.values().forEach(n -> dfs(n, visiting, done, order));
        // reverse post-order is a topological order of the graph without back edges
        for (int i = order.size() - 1; i >= 0; i--) {
            FlowNode n = nodes.get(order.get(i));
            int l = layer.getOrDefault(n.getId(), 0);
            layer.putIfAbsent(n.getId(), 0);
            for (SequenceFlow out : n.getOutgoingFlows()) {
                if (!backEdges.contains(out.getId()) && nodes.containsKey(out.getTargetRef())) {
                    layer.merge(out.getTargetRef(), l + 1, Math::max);
                }
            }
        }
    }

    private void dfs(FlowNode n, Set<String> visiting, Set<String> done, List<String> order) {
        if (done.contains(n.getId())) {
            return;
        }
        visiting.add(n.getId());
        for (SequenceFlow out : n.getOutgoingFlows()) {
            FlowNode target = nodes.get(out.getTargetRef());
            if (target == null) {
                continue;
            }
            if (visiting.contains(target.getId())) {
                backEdges.add(out.getId());
            } else {
                dfs(target, visiting, done, order);
            }
        }
        visiting.remove(n.getId());
        done.add(n.getId());
        order.add(n.getId());
    }

    private Map<Integer, List<String>> byLayer() {
        Map<Integer, List<String>> result = new java.util.TreeMap<>();
        for (String id : nodes.keySet()) {
            result.computeIfAbsent(layer.getOrDefault(id, 0), k -> new ArrayList<>()).add(id);
        }
        return result;
    }

    private void node(StringBuilder svg, FlowNode n) {
        int[] c = centre.get(n.getId());
        String label = n.getName() == null ? "" : n.getName();
        svg.append("<g data-element=\"").append(escape(n.getId())).append("\">");
        if (n instanceof StartEvent || n instanceof EndEvent) {
            boolean end = n instanceof EndEvent;
            svg.append("<circle cx=\"").append(c[0]).append("\" cy=\"").append(c[1]).append("\" r=\"18\" fill=\"")
                    .append(end ? "#fdecee" : "#e6f4e7").append("\" stroke=\"").append(end ? "#b00020" : "#1b6e20")
                    .append("\" stroke-width=\"").append(end ? 4 : 2).append("\"/>");
            text(svg, c[0], c[1] + 36, label.isEmpty() ? (end ? "结束" : "开始") : label);
        } else if (n instanceof Gateway) {
            String mark = n instanceof ParallelGateway ? "+" : n instanceof InclusiveGateway ? "○" : n instanceof ExclusiveGateway ? "×" : "";
            svg.append("<polygon points=\"").append(c[0]).append(',').append(c[1] - 24).append(' ').append(c[0] + 24)
                    .append(',').append(c[1]).append(' ').append(c[0]).append(',').append(c[1] + 24).append(' ')
                    .append(c[0] - 24).append(',').append(c[1]).append("\" fill=\"#fff8e1\" stroke=\"#8a5300\" stroke-width=\"2\"/>")
                    .append("<text x=\"").append(c[0]).append("\" y=\"").append(c[1] + 7)
                    .append("\" text-anchor=\"middle\" font-size=\"20\" fill=\"#8a5300\">").append(mark).append("</text>");
            if (!label.isEmpty()) {
                text(svg, c[0], c[1] + 42, label);
            }
        } else {
            svg.append("<rect x=\"").append(c[0] - TASK_W / 2).append("\" y=\"").append(c[1] - TASK_H / 2)
                    .append("\" width=\"").append(TASK_W).append("\" height=\"").append(TASK_H)
                    .append("\" rx=\"10\" fill=\"#ffffff\" stroke=\"#a4161a\" stroke-width=\"2\"/>");
            List<String> lines = wrap(label, 8);
            int y = c[1] - (lines.size() - 1) * 8 + 5;
            for (String line : lines) {
                text(svg, c[0], y, line);
                y += 16;
            }
        }
        svg.append("</g>");
    }

    private void edge(StringBuilder svg, SequenceFlow f) {
        int[] a = centre.get(f.getSourceRef());
        int[] b = centre.get(f.getTargetRef());
        if (a == null || b == null) {
            return;
        }
        int x1 = a[0] + halfWidth(f.getSourceRef());
        int x2 = b[0] - halfWidth(f.getTargetRef());
        String path;
        if (backEdges.contains(f.getId()) || x2 <= x1) {
            // a return path ("退回") runs below the chart
            int below = Math.max(a[1], b[1]) + TASK_H / 2 + 22;
            path = "M " + a[0] + " " + (a[1] + TASK_H / 2) + " L " + a[0] + " " + below + " L " + b[0] + " " + below
                    + " L " + b[0] + " " + (b[1] + TASK_H / 2);
        } else {
            int mid = (x1 + x2) / 2;
            path = "M " + x1 + " " + a[1] + " L " + mid + " " + a[1] + " L " + mid + " " + b[1] + " L " + x2 + " " + b[1];
        }
        boolean back = backEdges.contains(f.getId());
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(back ? "#8a5300" : "#333")
                .append("\" stroke-width=\"1.5\"").append(back ? " stroke-dasharray=\"5 4\"" : "")
                .append(" marker-end=\"url(#arrow)\"/>");
        if (f.getName() != null && !f.getName().isBlank()) {
            int lx = back ? (a[0] + b[0]) / 2 : (x1 + x2) / 2;
            int ly = back ? Math.max(a[1], b[1]) + TASK_H / 2 + 18 : Math.min(a[1], b[1]) - 6;
            text(svg, lx, ly, f.getName());
        }
    }

    private int halfWidth(String id) {
        FlowNode n = nodes.get(id);
        if (n instanceof StartEvent || n instanceof EndEvent) {
            return 18;
        }
        return n instanceof Gateway ? 24 : TASK_W / 2;
    }

    private static void text(StringBuilder svg, int x, int y, String s) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"middle\" fill=\"#1a1a1a\">")
                .append(escape(s)).append("</text>");
    }

    private static List<String> wrap(String s, int perLine) {
        List<String> lines = new ArrayList<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length && lines.size() < 3; i += perLine) {
            lines.add(new String(cps, i, Math.min(perLine, cps.length - i)));
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
