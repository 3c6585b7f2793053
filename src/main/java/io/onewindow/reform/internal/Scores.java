package io.onewindow.reform.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 目标绩效考核 scoring, a documented rule (docs/reform.md) so a unit can check its own rank: each measure starts at
 * 100 and loses 20 per overdue milestone, 20 when past its deadline unfinished, 10 per missing report, 15 per
 * 督办单 answered late or still unanswered past its date, 10 per target with a number not met once the deadline
 * has passed; never below 0. A lead unit's score is the mean of its measures'.
 */
final class Scores {

    private Scores() {
    }

    static int measureScore(PlanView.MeasureView m, LocalDate today) {
        int score = 100;
        score -= 20 * (int) m.milestones().stream().filter(PlanView.MilestoneView::overdue).count();
        if (m.status() != MeasureStatus.DONE && m.measure().deadline().isBefore(today)) {
            score -= 20;
        }
        score -= 10 * m.missingReports();
        score -= 15 * (int) m.notices().stream().filter(n -> n.open() ? n.answerDue().isBefore(today)
                : n.answeredAt() != null && n.answeredAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()
                        .isAfter(n.answerDue())).count();
        if (m.measure().deadline().isBefore(today)) {
            score -= 10 * (int) m.targets().stream().filter(t -> Boolean.FALSE.equals(t.met())).count();
        }
        return Math.max(0, score);
    }

    static List<PlanView.ChapterSummary> chapters(List<PlanView.MeasureView> measures) {
        Map<String, List<PlanView.MeasureView>> byChapter = new LinkedHashMap<>();
        measures.forEach(m -> byChapter.computeIfAbsent(m.measure().chapterNumber(), k -> new ArrayList<>()).add(m));
        return byChapter.values().stream().map(ms -> new PlanView.ChapterSummary(ms.get(0).measure().chapterNumber(),
                ms.get(0).measure().chapterTitle(), ms.size(), count(ms, MeasureStatus.DONE), count(ms, MeasureStatus.ON_TRACK),
                count(ms, MeasureStatus.AT_RISK), count(ms, MeasureStatus.LATE))).toList();
    }

    static List<PlanView.UnitScore> ranking(List<PlanView.MeasureView> measures) {
        Map<String, List<PlanView.MeasureView>> byLead = new LinkedHashMap<>();
        measures.forEach(m -> byLead.computeIfAbsent(m.measure().leadUnit(), k -> new ArrayList<>()).add(m));
        List<PlanView.UnitScore> rows = new ArrayList<>();
        byLead.forEach((unit, ms) -> rows.add(new PlanView.UnitScore(0, unit, ms.get(0).leadName(), ms.size(),
                count(ms, MeasureStatus.LATE), count(ms, MeasureStatus.AT_RISK), count(ms, MeasureStatus.DONE),
                Math.round(ms.stream().mapToInt(PlanView.MeasureView::score).average().orElse(0) * 10) / 10.0)));
        rows.sort(Comparator.comparingDouble(PlanView.UnitScore::score).reversed().thenComparing(PlanView.UnitScore::unitName));
        List<PlanView.UnitScore> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            // equal scores share a rank
            int rank = i > 0 && rows.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new PlanView.UnitScore(rank, r.unitId(), r.unitName(), r.measures(), r.late(), r.atRisk(), r.done(),
                    r.score()));
        }
        return ranked;
    }

    private static int count(List<PlanView.MeasureView> ms, MeasureStatus s) {
        return (int) ms.stream().filter(m -> m.status() == s).count();
    }
}
