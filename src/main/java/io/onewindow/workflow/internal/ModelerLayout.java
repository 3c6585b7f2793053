package io.onewindow.workflow.internal;

import io.onewindow.workflow.ProcessDiagram;
import io.onewindow.workflow.ProcessDiagram.Edge;
import io.onewindow.workflow.ProcessDiagram.Lane;
import io.onewindow.workflow.ProcessDiagram.Node;
import io.onewindow.workflow.ProcessDiagram.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;

/**
 * The 一图 as the modeler drew it: positions, waypoints and lanes from the file's BPMNDI, scaled so that the
 * platform's task boxes (130 wide) keep the modeler's spacing (its tasks are usually 100 wide). Used when every step
 * of the process has a position in the file; otherwise {@link FlowchartLayout} lays it out.
 */
final class ModelerLayout {

    private static final double SCALE = 1.3;
    private static final int MARGIN = 30;

    private ModelerLayout() {
    }

    static Optional<ProcessDiagram> of(BpmnModel model, Process process) {
        List<FlowNode> nodes = process.findFlowElementsOfType(FlowNode.class, false);
        if (nodes.isEmpty() || nodes.stream().anyMatch(n -> model.getGraphicInfo(n.getId()) == null)) {
            return Optional.empty();
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        List<GraphicInfo> all = new ArrayList<>();
        nodes.forEach(n -> all.add(model.getGraphicInfo(n.getId())));
        process.getLanes().stream().map(l -> model.getGraphicInfo(l.getId())).filter(g -> g != null).forEach(all::add);
        for (GraphicInfo g : all) {
            minX = Math.min(minX, g.getX());
            minY = Math.min(minY, g.getY());
            maxX = Math.max(maxX, g.getX() + g.getWidth());
            maxY = Math.max(maxY, g.getY() + g.getHeight());
        }
        double ox = minX;
        double oy = minY;
        List<Node> shapes = nodes.stream().map(n -> {
            GraphicInfo g = model.getGraphicInfo(n.getId());
            return new Node(n.getId(), FlowchartLayout.kindOf(n), n.getName() == null ? "" : n.getName(),
                    x(g.getX() + g.getWidth() / 2, ox), y(g.getY() + g.getHeight() / 2, oy));
        }).toList();
        List<Edge> edges = new ArrayList<>();
        for (SequenceFlow f : process.findFlowElementsOfType(SequenceFlow.class, false)) {
            List<GraphicInfo> waypoints = model.getFlowLocationGraphicInfo(f.getId());
            GraphicInfo from = model.getGraphicInfo(f.getSourceRef());
            GraphicInfo to = model.getGraphicInfo(f.getTargetRef());
            if (from == null || to == null) {
                continue;
            }
            List<Point> points = new ArrayList<>();
            if (waypoints == null || waypoints.size() < 2) {
                points.add(new Point(x(from.getX() + from.getWidth(), ox), y(from.getY() + from.getHeight() / 2, oy)));
                points.add(new Point(x(to.getX(), ox), y(to.getY() + to.getHeight() / 2, oy)));
            } else {
                waypoints.forEach(w -> points.add(new Point(x(w.getX(), ox), y(w.getY(), oy))));
            }
            String label = f.getName() == null || f.getName().isBlank() ? null : f.getName();
            Point middle = points.get(points.size() / 2);
            boolean back = to.getX() < from.getX();
            edges.add(new Edge(points, label, new Point(middle.x(), middle.y() - 8), back));
        }
        List<Lane> lanes = process.getLanes().stream().filter(l -> model.getGraphicInfo(l.getId()) != null).map(l -> {
            GraphicInfo g = model.getGraphicInfo(l.getId());
            return new Lane(l.getName() == null ? "" : l.getName(), x(g.getX(), ox), y(g.getY(), oy),
                    (int) Math.round(g.getWidth() * SCALE), (int) Math.round(g.getHeight() * SCALE));
        }).toList();
        int width = (int) Math.round((maxX - minX) * SCALE) + 2 * MARGIN;
        int height = (int) Math.round((maxY - minY) * SCALE) + 2 * MARGIN + 30;
        return Optional.of(new ProcessDiagram(process.getName(), width, height, shapes, edges, lanes));
    }

    private static int x(double x, double origin) {
        return (int) Math.round((x - origin) * SCALE) + MARGIN;
    }

    private static int y(double y, double origin) {
        return (int) Math.round((y - origin) * SCALE) + MARGIN;
    }
}
