package io.onewindow.casework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The default {@link FileStore}: files under {@code $ONEWINDOW_DATA_DIR/files}, named by 128 random bits, written
 * to a temporary file and moved into place so a crash never leaves half a file under a real key.
 */
@Component
class DiskFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final Path root;
    private final SecureRandom random = new SecureRandom();

    DiskFileStore(@Value("${onewindow.files-dir:${onewindow.data-dir}/files}") Path root) {
        this.root = root;
    }

    @Override
    public String put(byte[] content) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), key, ".part");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store file", e);
        }
        return key;
    }

    @Override
    public Optional<byte[]> get(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = path(key);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read file", e);
        }
    }

    @Override
    public void delete(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete file", e);
        }
    }

    private Path path(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
