package io.onewindow.casework.internal;

import io.onewindow.platform.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --onewindow.generate.cases=2000000 [--onewindow.generate.years=3]}: adds that many historical cases at
 * start (after the demo data), logging progress, then the platform serves as usual. For scale benchmarks only.
 */
@Component
@Order(60) // after the catalogue (10, 20) and the demo applicants (5)
class HistoricalCasesRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HistoricalCasesRunner.class);

    private final HistoricalCases history;
    private final long cases;
    private final int years;

    HistoricalCasesRunner(HistoricalCases history, @Value("${onewindow.generate.cases:0}") long cases,
            @Value("${onewindow.generate.years:3}") int years) {
        this.history = history;
        this.cases = cases;
        this.years = years;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cases <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        history.generate(cases, years, ChinaTime.today().minusDays(1), done -> log.info("Historical cases: {}/{} ({}%), {} s",
                done, cases, done * 100 / cases, (System.nanoTime() - t0) / 1_000_000_000));
        log.info("Generated {} historical cases over {} years in {} s", cases, years, (System.nanoTime() - t0) / 1_000_000_000);
    }
}
