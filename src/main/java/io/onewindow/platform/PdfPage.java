package io.onewindow.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Flowing text on A4 pages: wraps Chinese text by measured width and starts a new page when one is full. */
public final class PdfPage implements AutoCloseable {

    public static final float MARGIN = 50;
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream content;
    private float y;

    PdfPage(PDDocument document, PDFont font) throws IOException {
        this.document = document;
        this.font = font;
        newPage();
    }

    public PDPageContentStream content() {
        return content;
    }

    public PDFont font() {
        return font;
    }

    public float y() {
        return y;
    }

    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Makes sure {@code height} points are free on this page. */
    public void reserve(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    public void moveDown(float points) {
        y -= points;
    }

    public void text(String text, float size, float indent) throws IOException {
        for (String line : wrap(text == null ? "" : text, size, WIDTH - indent)) {
            reserve(size * 1.5f);
            y -= size * 1.5f;
            write(line, MARGIN + indent, y, size);
        }
    }

    public void write(String text, float x, float baseline, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    public float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    public List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (int cp : paragraph.codePoints().toArray()) {
                String next = line + new String(Character.toChars(cp));
                if (width(next, size) > maxWidth && line.length() > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder(new String(Character.toChars(cp)));
                } else {
                    line = new StringBuilder(next);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
