package io.onewindow.platform.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds {@code $ONEWINDOW_DATA_DIR/onewindow.lock} for the life of the process, so two platforms never share one
 * embedded database. Holding it also proves that a PostgreSQL still running on the data directory was left
 * behind by a process that died (kill -9, power loss); that server is stopped so the platform can start again.
 */
final class DataDirectoryLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve("onewindow.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by this very process
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("数据目录 " + dataDir.toAbsolutePath()
                    + " 正被另一个 OneWindow 进程使用；请先停止它，或用 ONEWINDOW_DATA_DIR 指定其他目录");
        }
        return new DataDirectoryLock(channel, lock);
    }

    /** Stops a PostgreSQL server left running on {@code pgData} by a process that no longer exists. */
    void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException e) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid).filter(p -> p.info().command()
                .map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isPresent()) {
            log.warn("Stopping PostgreSQL (pid {}) left running on {} by a process that died", pid, pgData);
            server.get().destroy();
            try {
                server.get().onExit().get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("无法停止遗留的 PostgreSQL 进程 " + pid, e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
