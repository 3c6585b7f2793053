package io.onewindow.platform.internal;

import io.onewindow.platform.EmbeddedDatabase;
import io.onewindow.platform.RecoverableJobs;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Jobs outlive crashes: a job whose process died stays RUNNING in its table unless somebody says otherwise. With
 * the embedded database only this process can have been running it, so at start-up every running job is failed at
 * once; with a shared database another node may still be at work, so a job is failed only when its heartbeat is
 * older than {@code onewindow.jobs.stale-after} (checked at start-up and every few minutes).
 */
@Component
class JobRecovery {

    private static final Logger log = LoggerFactory.getLogger(JobRecovery.class);

    private final JdbcClient jdbc;
    private final List<RecoverableJobs> tables;
    private final boolean soleNode;
    private final Duration staleAfter;

    JobRecovery(JdbcClient jdbc, List<RecoverableJobs> tables, ObjectProvider<EmbeddedDatabase> embedded,
            @Value("${onewindow.jobs.stale-after:10m}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.soleNode = embedded.getIfAvailable() != null;
        this.staleAfter = staleAfter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        recover(soleNode ? Duration.ZERO : staleAfter);
    }

    @Scheduled(fixedDelayString = "${onewindow.jobs.check-every:5m}", initialDelayString = "${onewindow.jobs.check-every:5m}")
    void periodically() {
        recover(staleAfter);
    }

    /** Fails the jobs left running whose last heartbeat is older than {@code silentFor}; returns how many. */
    int recover(Duration silentFor) {
        int failed = 0;
        for (RecoverableJobs t : tables) {
            int n = jdbc.sql("update " + t.table() + " set " + t.statusColumn() + " = :failed, " + t.reasonColumn()
                    + " = :reason, finished_at = now() where " + t.statusColumn() + " in (:running)"
                    + " and heartbeat_at < now() - make_interval(secs => :seconds)")
                    .param("failed", t.failedState()).param("reason", t.reason()).param("running", t.runningStates())
                    .param("seconds", (double) silentFor.toSeconds()).update();
            if (n > 0) {
                log.warn("{} job(s) in {} were left running by a crash or a stopped node; marked {}", n, t.table(),
                        t.failedState());
            }
            failed += n;
        }
        return failed;
    }
}
