package io.onewindow.platform.internal;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upgrade path: on start, Flyway brings an older schema up to this version of the code. A schema newer than the
 * code (the database was already used by a later version — e.g. a node left on the old jar after an upgrade, or a
 * newer backup restored) is refused with a clear message: Flyway by default ignores such "future" migrations, and an
 * old node would then write into a schema it does not know.
 */
@Configuration(proxyBeanMethods = false)
class SchemaVersionGuard {

    @Bean
    FlywayMigrationStrategy refuseNewerSchema() {
        return flyway -> {
            check(flyway);
            flyway.migrate();
        };
    }

    static void check(Flyway flyway) {
        MigrationInfo[] future = Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            MigrationInfo newest = future[future.length - 1];
            String known = Arrays.stream(flyway.info().all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                    && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                    .reduce((a, b) -> b).map(m -> "V" + m.getVersion()).orElse("无");
            throw new IllegalStateException("数据库结构版本 V" + newest.getVersion() + "（" + newest.getDescription()
                    + "）比本程序所知的最高版本 " + known + " 新：该数据库已被更新版本的 OneWindow 使用过。"
                    + "请用不低于该版本的程序启动，不要用旧版本程序连接（见 docs/operations.md“升级”）。");
        }
    }
}
