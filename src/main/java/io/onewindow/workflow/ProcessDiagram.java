package io.onewindow.workflow;

import java.util.List;

/**
 * A process laid out for drawing (the 一图): positions in abstract units, left to right. Renderers (SVG for pages,
 * PDF for downloads) draw exactly this, so every rendering of a version looks the same.
 */
public record ProcessDiagram(String title, int width, int height, List<Node> nodes, List<Edge> edges, List<Lane> lanes) {

    /** A swim lane from the modeler's file (泳道: who does the steps inside it). */
    public record Lane(String name, int x, int y, int width, int height) {
    }

    public enum Kind {
        START, END, TASK, EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY, INCLUSIVE_GATEWAY, GATEWAY
    }

    /** A shape centred at (x, y); tasks are {@link #TASK_WIDTH} × {@link #TASK_HEIGHT}, events radius 18, gateways 24. */
    public record Node(String id, Kind kind, String label, int x, int y) {

        /**
         * A task's label in at most three lines that fit the box, as every renderer draws it: Chinese breaks between
         * any two characters, Latin text only between words (a word longer than a line is cut), "…" when it does
         * not fit. A CJK character is one unit wide, a Latin one about half; a line holds 8 units.
         */
        public List<String> labelLines() {
            List<String> lines = new java.util.ArrayList<>();
            StringBuilder line = new StringBuilder();
            double width = 0;
            for (String token : tokens(label)) {
                double w = width(token);
                if (width + w > LINE && line.length() > 0) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                    width = 0;
                    if (token.isBlank()) {
                        continue;
                    }
                }
                line.append(token);
                width += w;
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString().strip());
            }
            if (lines.size() > 3) {
                String third = lines.get(2);
                lines = new java.util.ArrayList<>(lines.subList(0, 3));
                lines.set(2, third.codePointCount(0, third.length()) > 1 ? third.substring(0, third.offsetByCodePoints(0,
                        third.codePointCount(0, third.length()) - 1)) + "…" : third + "…");
            }
            return lines.isEmpty() ? List.of("") : lines;
        }

        private static final double LINE = 8.0;

        /** CJK characters one by one, Latin words whole (split if longer than a line), spaces as their own tokens. */
        private static List<String> tokens(String text) {
            List<String> tokens = new java.util.ArrayList<>();
            StringBuilder word = new StringBuilder();
            text.codePoints().forEach(cp -> {
                boolean latin = cp < 0x2E80 && !Character.isWhitespace(cp);
                if (latin) {
                    word.appendCodePoint(cp);
                    if (width(word.toString()) >= LINE) {
                        tokens.add(word.toString());
                        word.setLength(0);
                    }
                    return;
                }
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(new String(Character.toChars(cp)));
            });
            if (word.length() > 0) {
                tokens.add(word.toString());
            }
            return tokens;
        }

        private static double width(String s) {
            return s.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 1.0 : 0.55).sum();
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
