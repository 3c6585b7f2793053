package io.onewindow.platform;

/** A file's type told by its first bytes (its "magic number"), never by its name: shared by every upload check. */
public final class FileSignatures {

    private FileSignatures() {
    }

    /** Whether {@code data} begins with these bytes (given as 0–255). */
    public static boolean startsWith(byte[] data, int... prefix) {
        if (data == null || data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
