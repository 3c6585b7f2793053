package io.onewindow;

/** Files tests upload as applicants would. */
public final class TestFiles {

    /** The smallest file the platform accepts as a PDF material (its magic bytes and structure). */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    private TestFiles() {
    }
}
