package io.onewindow.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar target/onewindow.jar --spring.main.web-application-type=none
 * --onewindow.generate.citizens=1000000 --onewindow.generate.enterprises=300000}: generates, reports, exits.
 */
@Component
class SyntheticPopulationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticPopulationRunner.class);

    private final SyntheticPopulationGenerator generator;
    private final ConfigurableApplicationContext context;
    private final long citizens;
    private final long enterprises;
    private final long start;
    private final boolean exit;

    SyntheticPopulationRunner(SyntheticPopulationGenerator generator, ConfigurableApplicationContext context,
            @Value("${onewindow.generate.citizens:0}") long citizens,
            @Value("${onewindow.generate.enterprises:0}") long enterprises,
            @Value("${onewindow.generate.start:0}") long start,
            @Value("${onewindow.generate.exit:true}") boolean exit) {
        this.generator = generator;
        this.context = context;
        this.citizens = citizens;
        this.enterprises = enterprises;
        this.start = start;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (citizens <= 0 && enterprises <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        if (citizens > 0) {
            generator.citizens(start, citizens, done -> progress("citizens", done, citizens, t0));
        }
        long t1 = System.nanoTime();
        if (enterprises > 0) {
            generator.enterprises(start, enterprises, done -> progress("enterprises", done, enterprises, t1));
        }
        log.info("Synthetic population generated in {} s", (System.nanoTime() - t0) / 1_000_000_000);
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private static void progress(String what, long done, long total, long startNanos) {
        double seconds = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
        log.info("{}: {}/{} ({}%), {} rows/s", what, done, total, done * 100 / total, Math.round(done / seconds));
    }
}
