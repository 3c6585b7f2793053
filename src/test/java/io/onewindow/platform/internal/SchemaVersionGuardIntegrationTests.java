package io.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database already migrated by a newer version of the code is refused at start, with the versions named. */
@IntegrationTest
class SchemaVersionGuardIntegrationTests {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchemaNewerThanTheCodeIsRefusedAndTheCurrentOneIsNot() {
        assertThatCode(() -> SchemaVersionGuard.check(flyway)).doesNotThrowAnyException();
        jdbc.sql("""
                insert into app.flyway_schema_history (installed_rank, version, description, type, script, checksum,
                    installed_by, execution_time, success)
                select max(installed_rank) + 1, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 1,
                    current_user, 1, true from app.flyway_schema_history""").update();
        // the highest migration the code ships, read from its files (not written here, so a new migration needs no edit)
        int highest = java.util.Arrays.stream(new java.io.File("src/main/resources/db/migration").list())
                .map(name -> name.replaceAll("^V(\\d+)__.*", "$1")).mapToInt(Integer::parseInt).max().orElseThrow();
        try {
            assertThatThrownBy(() -> SchemaVersionGuard.check(flyway))
                    .hasMessageContaining("数据库结构版本 V999（from the future）比本程序所知的最高版本 V" + highest + " 新")
                    .hasMessageContaining("请用不低于该版本的程序启动");
        } finally {
            jdbc.sql("delete from app.flyway_schema_history where version = '999'").update();
        }
    }
}
