package io.onewindow.platform;

import java.util.List;

/**
 * A module's table of background jobs, declared so that jobs a crash left running are marked failed with a reason
 * the user reads (see {@code JobRecovery}). The table needs a {@code heartbeat_at timestamptz} column that the job
 * touches whenever it records progress.
 *
 * @param table         e.g. {@code policy_fact_import}
 * @param statusColumn  the column holding the job's state
 * @param runningStates the states of a job still at work
 * @param failedState   the state a broken job is moved to
 * @param reasonColumn  where the reason goes
 * @param reason        the Chinese reason shown to the user
 */
public record RecoverableJobs(String table, String statusColumn, List<String> runningStates, String failedState,
        String reasonColumn, String reason) {
}
