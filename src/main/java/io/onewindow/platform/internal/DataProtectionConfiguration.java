package io.onewindow.platform.internal;

import io.onewindow.platform.PersonalDataProtector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Supplies the master key for {@link PersonalDataProtector}. With an external database the key must be
 * configured ({@code ONEWINDOW_SECURITY_DATA_KEY}, base64 of 32 random bytes) so that every node shares it;
 * with the embedded database a key is generated once into the data directory. During a key rotation the replaced
 * key is {@code ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY}; afterwards the lookup key is {@code ONEWINDOW_SECURITY_LOOKUP_KEY}
 * (see {@link DataKeyRotation}).
 */
@Configuration(proxyBeanMethods = false)
class DataProtectionConfiguration {

    @Bean
    PersonalDataProtector personalDataProtector(Environment environment,
            @Value("${onewindow.security.data-key:}") String configuredKey,
            @Value("${onewindow.security.previous-data-key:}") String previousKey,
            @Value("${onewindow.security.lookup-key:}") String lookupKey,
            @Value("${onewindow.data-dir}") Path dataDir) throws IOException {
        if (StringUtils.hasText(configuredKey)) {
            if (!ExternalDatabaseAbsent.isAbsent(environment)) {
                refusePublicKey(configuredKey.trim());
            }
            return new PersonalDataProtector(Base64.getDecoder().decode(configuredKey.trim()),
                    StringUtils.hasText(previousKey) ? Base64.getDecoder().decode(previousKey.trim()) : null,
                    StringUtils.hasText(lookupKey) ? Base64.getDecoder().decode(lookupKey.trim()) : null);
        }
        if (StringUtils.hasText(previousKey)) {
            throw new IllegalStateException("设置了 onewindow.security.previous-data-key（轮换前的密钥）却没有设置新的 data-key");
        }
        if (!ExternalDatabaseAbsent.isAbsent(environment)) {
            throw new IllegalStateException("使用外部数据库时必须配置个人信息加密主密钥 onewindow.security.data-key"
                    + "（环境变量 ONEWINDOW_SECURITY_DATA_KEY，32字节随机数的 Base64）");
        }
        return new PersonalDataProtector(keyFile(dataDir.resolve("keys").resolve("data-protection.key")));
    }

    /** Keys anybody can read (the test suite's, the documentation's): never for a real database. */
    static final java.util.Set<String> PUBLIC_KEYS = java.util.Set.of("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

    /**
     * The production profile: with an external database the data key must be a secret one — not a published example,
     * and not a short or patterned one (a random 32-byte key has about 30 distinct byte values; fewer than 16 means it
     * was typed, not generated).
     */
    static void refusePublicKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("onewindow.security.data-key 不是有效的 Base64：请用 head -c 32 /dev/urandom | base64 生成");
        }
        if (PUBLIC_KEYS.contains(base64) || key.length < 32 || java.util.stream.IntStream.range(0, key.length)
                .map(i -> key[i] & 0xff).distinct().count() < 16) {
            throw new IllegalStateException("onewindow.security.data-key 是公开的示例密钥或过于简单（不是 32 字节随机数），"
                    + "不能用于正式数据库：请用 head -c 32 /dev/urandom | base64 生成新的密钥并妥善保管");
        }
    }

    private static byte[] keyFile(Path file) throws IOException {
        if (Files.exists(file)) {
            return Base64.getDecoder().decode(Files.readString(file).trim());
        }
        Files.createDirectories(file.getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return key;
    }
}
