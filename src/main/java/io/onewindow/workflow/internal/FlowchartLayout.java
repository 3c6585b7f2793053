package io.onewindow.workflow.internal;

import io.onewindow.workflow.ProcessDiagram;
import io.onewindow.workflow.ProcessDiagram.Edge;
import io.onewindow.workflow.ProcessDiagram.Kind;
import io.onewindow.workflow.ProcessDiagram.Node;
import io.onewindow.workflow.ProcessDiagram.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * Lays a process out left to right: each node's column is its longest distance from the start (back edges such
 * as "退回" ignored for layout), rows in order of discovery, columns centred vertically.
 */
final class FlowchartLayout {

    private static final int COL = 180;
    private static final int ROW = 110;
    private static final int MARGIN = 30;
    private static final int TASK_W = ProcessDiagram.TASK_WIDTH;
    private static final int TASK_H = ProcessDiagram.TASK_HEIGHT;

    private final Process process;
    private final Map<String, FlowNode> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> layer = new HashMap<>();
    private final Map<String, Point> centre = new HashMap<>();
    private final Set<String> backEdges = new HashSet<>();

    FlowchartLayout(Process process) {
        this.process = process;
        process.findFlowElementsOfType(FlowNode.class, false).forEach(n -> nodes.put(n.getId(), n));
    }

    ProcessDiagram layout() {
        assignLayers();
        Map<Integer, List<String>> byLayer = new TreeMap<>();
        nodes.keySet().forEach(id -> byLayer.computeIfAbsent(layer.getOrDefault(id, 0), k -> new ArrayList<>()).add(id));
        int columns = byLayer.isEmpty() ? 1 : ((TreeMap<Integer, List<String>>) byLayer).lastKey() + 1;
        int rows = byLayer.values().stream().mapToInt(List::size).max().orElse(1);
        byLayer.forEach((column, ids) -> {
            int offset = (rows - ids.size()) * ROW / 2;
            for (int i = 0; i < ids.size(); i++) {
                centre.put(ids.get(i), new Point(MARGIN + column * COL + TASK_W / 2, MARGIN + offset + i * ROW + TASK_H / 2));
            }
        });
        List<Node> shapes = nodes.values().stream().map(n -> new Node(n.getId(), kindOf(n),
                n.getName() == null ? "" : n.getName(), centre.get(n.getId()).x(), centre.get(n.getId()).y())).toList();
        List<Edge> edges = process.findFlowElementsOfType(SequenceFlow.class, false).stream()
                .filter(f -> centre.containsKey(f.getSourceRef()) && centre.containsKey(f.getTargetRef()))
                .map(this::edge).toList();
        int width = MARGIN * 2 + columns * COL - (COL - TASK_W);
        int height = MARGIN * 2 + rows * ROW + 30;
        return new ProcessDiagram(process.getName(), width, height, shapes, edges, List.of());
    }

    private void assignLayers() {
        List<String> order = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        Set<String> done = new HashSet<>();
        nodes.values().stream().filter(n -> n instanceof StartEvent).forEach(n -> dfs(n, visiting, done, order));
        nodes.values().forEach(n -> dfs(n, visiting, done, order));
        // reverse post-order is a topological order of the graph without back edges
        for (int i = order.size() - 1; i >= 0; i--) {
            FlowNode n = nodes.get(order.get(i));
            int l = layer.computeIfAbsent(n.getId(), k -> 0);
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

    private Edge edge(SequenceFlow f) {
        Point a = centre.get(f.getSourceRef());
        Point b = centre.get(f.getTargetRef());
        int x1 = a.x() + halfWidth(f.getSourceRef());
        int x2 = b.x() - halfWidth(f.getTargetRef());
        boolean back = backEdges.contains(f.getId()) || x2 <= x1;
        String label = f.getName() == null || f.getName().isBlank() ? null : f.getName();
        if (back) {
            int below = Math.max(a.y(), b.y()) + TASK_H / 2 + 22;
            return new Edge(List.of(new Point(a.x(), a.y() + TASK_H / 2), new Point(a.x(), below), new Point(b.x(), below),
                    new Point(b.x(), b.y() + TASK_H / 2)), label, new Point((a.x() + b.x()) / 2, below + 16), true);
        }
        int mid = (x1 + x2) / 2;
        return new Edge(List.of(new Point(x1, a.y()), new Point(mid, a.y()), new Point(mid, b.y()), new Point(x2, b.y())),
                label, new Point(mid, Math.min(a.y(), b.y()) - 6), false);
    }

    private int halfWidth(String id) {
        FlowNode n = nodes.get(id);
        if (n instanceof StartEvent || n instanceof EndEvent) {
            return 18;
        }
        return n instanceof Gateway ? 24 : TASK_W / 2;
    }

    static Kind kindOf(FlowNode n) {
        if (n instanceof StartEvent) {
            return Kind.START;
        }
        if (n instanceof EndEvent) {
            return Kind.END;
        }
        if (n instanceof ParallelGateway) {
            return Kind.PARALLEL_GATEWAY;
        }
        if (n instanceof ExclusiveGateway) {
            return Kind.EXCLUSIVE_GATEWAY;
        }
        if (n instanceof InclusiveGateway) {
            return Kind.INCLUSIVE_GATEWAY;
        }
        return n instanceof Gateway ? Kind.GATEWAY : Kind.TASK;
    }
}
