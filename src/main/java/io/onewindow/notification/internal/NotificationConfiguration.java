package io.onewindow.notification.internal;

import io.onewindow.platform.EmbeddedDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The relay key: configured ({@code ONEWINDOW_NOTIFICATION_RELAY_KEY} on relay nodes,
 * {@code ONEWINDOW_NOTIFICATION_RELAY_PUBLIC_KEY} on the others), or with the embedded database generated once into
 * the data directory. With an external database and SMS or e-mail switched on, it must be configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    RelayKey relayKey(NotificationSettings settings, ObjectProvider<EmbeddedDatabase> embedded,
            @Value("${onewindow.data-dir}") Path dataDir) throws IOException {
        if (settings.relayKey() != null && !settings.relayKey().isBlank()) {
            return RelayKey.ofPrivate(settings.relayKey());
        }
        if (settings.relayPublicKey() != null && !settings.relayPublicKey().isBlank()) {
            return RelayKey.ofPublic(settings.relayPublicKey());
        }
        if (embedded.getIfAvailable() != null) {
            return RelayKey.ofPrivate(keyFile(dataDir.resolve("keys").resolve("notification-relay.key")));
        }
        if (settings.sms().on() || settings.email().on()) {
            throw new IllegalStateException("使用外部数据库并启用短信或邮件通知时，须配置通知中继密钥 onewindow.notification.relay-key"
                    + "（环境变量 ONEWINDOW_NOTIFICATION_RELAY_KEY，SM2 私钥 64 位十六进制，可用 bin/relay-key.sh 生成）");
        }
        log.info("SMS and e-mail notifications are off (no gateway configured); in-platform messages only");
        return RelayKey.ofPrivate(RelayKey.generatePrivate()); // nothing is ever sealed with it
    }

    private static String keyFile(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        Files.createDirectories(file.getParent());
        String key = RelayKey.generatePrivate();
        Files.writeString(file, key);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return key;
    }
}
