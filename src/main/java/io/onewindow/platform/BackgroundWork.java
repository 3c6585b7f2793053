package io.onewindow.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Long work started by a person (imports, bulk matching) runs here: on Spring Boot's one shared task executor,
 * as the person who started it (so the audit log names them), with failures logged. Each job records its own
 * state in its table and is registered as {@link RecoverableJobs}, so a crash never leaves it RUNNING for ever.
 */
@Component
public class BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    private final TaskExecutor executor;

    BackgroundWork(@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} soon, as the current user; {@code what} names it in the log if it fails. */
    public void submit(String what, Runnable work) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Background work '{}' failed", what, e);
            }
        }));
    }
}
