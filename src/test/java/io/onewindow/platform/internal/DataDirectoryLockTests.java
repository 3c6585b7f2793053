package io.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTests {

    @TempDir
    Path dataDir;

    @Test
    void aSecondPlatformOnTheSameDataDirectoryIsRefusedInChinese() throws Exception {
        try (DataDirectoryLock first = DataDirectoryLock.acquire(dataDir)) {
            assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("正被另一个 OneWindow 进程使用");
        }
        try (DataDirectoryLock again = DataDirectoryLock.acquire(dataDir)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aStalePidFileOfADeadProcessIsLeftToPostgres() throws Exception {
        Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(pgData.resolve("postmaster.pid"), "999999999\n" + pgData + "\n");
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir)) {
            lock.stopOrphanedServer(pgData);
        }
        assertThat(pgData.resolve("postmaster.pid")).exists();
    }
}
