package io.onewindow.platform.internal;

import io.onewindow.platform.PersonalDataProtector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --onewindow.security.rotate-data-key=true} (bin/rotate-data-key.sh): runs {@link DataKeyRotation} once with the
 * new key as {@code data-key} and the old one as {@code previous-data-key}, writes the settings to keep (new data key,
 * lookup key) to a file only the operator can read, and exits — 0 when every value is under the new key.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "onewindow.security.rotate-data-key", havingValue = "true")
class DataKeyRotationCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DataKeyRotationCommand.class);

    private final DataKeyRotation rotation;
    private final PersonalDataProtector protector;
    private final ApplicationContext context;
    private final String dataKey;
    private final Path output;

    DataKeyRotationCommand(DataKeyRotation rotation, PersonalDataProtector protector, ApplicationContext context,
            @Value("${onewindow.security.data-key:}") String dataKey,
            @Value("${onewindow.security.rotation-output:${onewindow.data-dir}/keys/rotated.env}") Path output) {
        this.rotation = rotation;
        this.protector = protector;
        this.context = context;
        this.dataKey = dataKey;
        this.output = output;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!protector.rotating()) {
            throw new IllegalStateException("密钥轮换须同时设置新密钥 ONEWINDOW_SECURITY_DATA_KEY 和旧密钥 ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY");
        }
        long start = System.nanoTime();
        DataKeyRotation.Result result = rotation.rotate(protector, line -> log.info("密钥轮换 {}", line));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.deleteIfExists(output);
        Files.createFile(output, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(output, "ONEWINDOW_SECURITY_DATA_KEY=" + dataKey.strip() + "\nONEWINDOW_SECURITY_LOOKUP_KEY="
                + Base64.getEncoder().encodeToString(protector.lookupKey()) + "\n");
        log.warn("""

                ==== 数据密钥轮换完成 / data key rotated ====
                重新加密 {} 项，{} 项已是新密钥，用时 {} 秒。 Re-sealed {} rows; {} were already current.
                以后请使用 {} 中的两项设置（新数据密钥、查询密钥），删除 ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY 并重启所有节点，
                然后销毁旧密钥并重新备份。 Use the two settings in that file, remove the previous key, restart, back up.
                ============================================""", result.resealed(), result.alreadyCurrent(),
                (System.nanoTime() - start) / 1_000_000_000, result.resealed(), result.alreadyCurrent(), output);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
