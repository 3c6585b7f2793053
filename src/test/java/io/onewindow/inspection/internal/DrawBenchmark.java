package io.onewindow.inspection.internal;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A draw over 300,000 entities and 2,000 inspectors (tier ratios A 3 %, B 5 %, C 20 %, D 100 %; two-officer teams
 * covering two fields; declared conflicts), timed after a warm-up, and re-run to show it reproduces exactly. Goal
 * (issue 19): under 1 s. Not part of the suite (no *Tests suffix); run with {@code bench/draw.sh}.
 */
class DrawBenchmark {

    @Test
    void threeHundredThousandEntitiesTwoThousandInspectors() {
        Draw.Inputs in = DrawTests.inputs(300_000, 2_000);
        Draw.run(in, DrawTests.SEED); // warm-up
        long best = Long.MAX_VALUE;
        List<Draw.Visit> first = null;
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            List<Draw.Visit> visits = Draw.run(in, DrawTests.SEED);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            best = Math.min(best, ms);
            System.out.printf("round %d: %d visits in %d ms%n", round, visits.size(), ms);
            if (first == null) {
                first = visits;
            } else if (!first.equals(visits)) {
                throw new AssertionError("the draw did not reproduce");
            }
        }
        System.out.printf("DRAW: 300000 entities, 2000 inspectors, %d visits; best of 3: %d ms (goal < 1000 ms); "
                + "re-runs identical%n", first.size(), best);
    }
}
