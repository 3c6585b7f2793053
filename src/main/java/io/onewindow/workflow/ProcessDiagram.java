package io.onewindow.workflow;

import java.util.List;

/**
 * A process laid out for drawing (the 一图): positions in abstract units, left to right. Renderers (SVG for pages,
 * PDF for downloads) draw exactly this, so every rendering of a version looks the same.
 */
public record ProcessDiagram(String title, int width, int height, List<Node> nodes, List<Edge> edges) {

    public enum Kind {
        START, END, TASK, EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY, INCLUSIVE_GATEWAY, GATEWAY
    }

    /** A shape centred at (x, y); tasks are {@link #TASK_WIDTH} × {@link #TASK_HEIGHT}, events radius 18, gateways 24. */
    public record Node(String id, Kind kind, String label, int x, int y) {

        /** A task's label in lines of at most 8 characters, three lines at most, as every renderer draws it. */
        public List<String> labelLines() {
            List<String> lines = new java.util.ArrayList<>();
            int[] cps = label.codePoints().toArray();
            for (int i = 0; i < cps.length && lines.size() < 3; i += 8) {
                lines.add(new String(cps, i, Math.min(8, cps.length - i)));
            }
            return lines.isEmpty() ? List.of("") : lines;
        }
    }

    /**
     * A sequence flow as a polyline.
     *
     * @param returnFlow a flow back to an earlier step (退回), drawn dashed below the chart
     */
    public record Edge(List<Point> points, String label, Point labelAt, boolean returnFlow) {
    }

    public record Point(int x, int y) {
    }

    public static final int TASK_WIDTH = 130;
    public static final int TASK_HEIGHT = 64;
}
