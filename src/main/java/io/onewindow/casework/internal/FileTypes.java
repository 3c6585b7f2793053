package io.onewindow.casework.internal;

import io.onewindow.platform.FileSignatures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what an uploaded file is from its bytes, never from its name: PDF, JPEG, PNG, or OFD (GB/T 33190, a
 * ZIP package whose root holds {@code OFD.xml}). Anything else — an .exe renamed .pdf — is refused.
 */
final class FileTypes {

    enum Type {
        PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), OFD("application/ofd", "ofd");

        final String contentType;
        final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private FileTypes() {
    }

    static Optional<Type> detect(byte[] b) {
        if (FileSignatures.startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(Type.PDF);
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of(Type.JPEG);
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && FileSignatures.startsWith(java.util.Arrays.copyOfRange(b, 1, 8), 'P', 'N', 'G', '\r', '\n', 0x1a, '\n')) {
            return Optional.of(Type.PNG);
        }
        if (FileSignatures.startsWith(b, 'P', 'K', 3, 4) && isOfd(b)) {
            return Optional.of(Type.OFD);
        }
        return Optional.empty();
    }

    private static boolean isOfd(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 1000) {
                if (entry.getName().equals("OFD.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

}
