package io.onewindow.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Official documents as PDF in Noto Sans SC (SIL OFL, shipped in {@code fonts/}), embedded as a subset so any
 * reader shows the Chinese text. The font is parsed once; subsetting reads it, so one document is written at a time.
 */
@Component
public class PdfDocuments {

    /** Writes the body of a document on flowing A4 pages. */
    @FunctionalInterface
    public interface Body {
        void write(PdfPage page) throws IOException;
    }

    private final TrueTypeFont font;

    PdfDocuments() {
        try (InputStream in = new ClassPathResource("fonts/NotoSansSC-Regular.ttf").getInputStream()) {
            this.font = new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException("CJK font missing from the classpath", e);
        }
    }

    public synchronized byte[] write(String title, Body body) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("OneWindow 乐山市一网通办");
            try (PdfPage page = new PdfPage(doc, PDType0Font.load(doc, font, true))) {
                body.write(page);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
