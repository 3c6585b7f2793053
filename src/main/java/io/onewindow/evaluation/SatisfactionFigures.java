package io.onewindow.evaluation;

import java.util.List;

/**
 * Public satisfaction figures (ratings excluded by an upheld appeal are not counted).
 *
 * @param rows per department, hall or item
 */
public record SatisfactionFigures(Row total, List<Row> byDepartment, List<Row> byHall, List<Row> byItem) {

    /**
     * @param satisfied ratings of 基本满意 or better
     * @param bad 差评
     * @param rectifiedOnTime 差评 whose ticket closed by its due date
     */
    public record Row(String id, String name, long rated, long satisfied, long bad, long rectifiedOnTime) {

        public double satisfactionRate() {
            return rated == 0 ? 0 : (double) satisfied / rated;
        }
    }
}
