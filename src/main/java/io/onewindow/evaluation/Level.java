package io.onewindow.evaluation;

/** The five levels of GB/T 39734 practice; 不满意 and 非常不满意 are 差评. */
public enum Level {
    VERY_DISSATISFIED(1, "非常不满意"), DISSATISFIED(2, "不满意"), FAIR(3, "基本满意"), SATISFIED(4, "满意"),
    VERY_SATISFIED(5, "非常满意");

    private final int score;
    private final String label;

    Level(int score, String label) {
        this.score = score;
        this.label = label;
    }

    public int score() {
        return score;
    }

    public String label() {
        return label;
    }

    public boolean bad() {
        return score <= 2;
    }

    /** The order a rating form lists them in. */
    public static java.util.List<Level> bestFirst() {
        return java.util.List.of(VERY_SATISFIED, SATISFIED, FAIR, DISSATISFIED, VERY_DISSATISFIED);
    }

    public static Level of(int score) {
        for (Level l : values()) {
            if (l.score == score) {
                return l;
            }
        }
        throw new IllegalArgumentException("level " + score);
    }
}
