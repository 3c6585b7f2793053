package io.onewindow.license.internal;

import io.onewindow.license.License;
import io.onewindow.license.VerificationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.edit.Attachment;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.OFDSigner;
import org.ofdrw.sign.SignMode;
import org.ofdrw.sign.signContainer.SESV4Container;
import org.ofdrw.sign.stamppos.NormalStampPos;
import org.springframework.stereotype.Component;

/**
 * 电子证照 as an OFD file (GB/T 33190), the format 政务 systems and OFD readers expect: the licence's face (照面) on an
 * A4 page, the signed licence token attached, and the issuing department's 电子印章 (GB/T 38540 SESeal v4, SM2/SM3)
 * over the whole package. Verifying an uploaded file checks the seal first, then the attached token's own signature
 * and the licence's status, exactly as for a QR code.
 */
@Component
public class LicenseOfd {

    static final String TOKEN_FILE = "licence-token.txt";

    private final Seals seals;
    private final Verification verification;

    LicenseOfd(Seals seals, Verification verification) {
        this.seals = seals;
        this.verification = verification;
    }

    /** The sealed OFD file of a licence. */
    public byte[] of(License l) {
        Path work = null;
        try {
            work = Files.createTempDirectory("ofd");
            Path plain = work.resolve("plain.ofd");
            Path token = work.resolve(TOKEN_FILE);
            Files.writeString(token, l.token(), StandardCharsets.UTF_8);
            // 宋体 by name, as 政务 OFD files do: every OFD reader has it, and the file stays small (not embedded)
            Font font = new Font("宋体", "宋体");
            try (OFDDoc doc = new OFDDoc(plain)) {
                doc.setDefaultPageLayout(PageLayout.A4());
                doc.add(new Paragraph(l.typeName(), 9d, font).setMarginBottom(6d));
                line(doc, font, "证照编号", l.number());
                line(doc, font, "持证主体", l.holderName());
                line(doc, font, "持证主体代码", l.holderCode());
                l.data().forEach((k, v) -> line(doc, font, k, v));
                line(doc, font, "发证机关", l.issuerName());
                line(doc, font, "发证日期", String.valueOf(l.issuedOn()));
                line(doc, font, "有效期至", l.validUntil() == null ? "长期" : String.valueOf(l.validUntil()));
                line(doc, font, "证照标识", l.id());
                doc.add(new Paragraph("本文件附有签名的证照数据（" + TOKEN_FILE + "），可在乐山市一网通办“证照核验”页面核验。", 3.5d, font)
                        .setMarginTop(8d));
                doc.addAttachment(new Attachment(TOKEN_FILE, token));
            }
            Path sealed = work.resolve("sealed.ofd");
            Seals.SigningSeal seal = seals.signingSeal(l.issuerDepartment());
            try (OFDReader reader = new OFDReader(plain); OFDSigner signer = new OFDSigner(reader, sealed)) {
                signer.setSignMode(SignMode.WholeProtected);
                signer.setSignContainer(new SESV4Container(seal.key(), seal.seal(), seal.certificate()));
                signer.addApPos(new NormalStampPos(1, 130, 200, 40, 40));
                signer.exeSign();
            }
            return Files.readAllBytes(sealed);
        } catch (Exception e) {
            throw new IllegalStateException("could not make the OFD of licence " + l.id(), e);
        } finally {
            delete(work);
        }
    }

    /**
     * Verifies an uploaded OFD licence: its 电子印章 over the whole package (checked with Bouncy Castle by
     * {@link OfdSignatureCheck}, not by the library that wrote it), then the attached licence as a token.
     */
    public VerificationResult verify(byte[] ofd) {
        String problem = OfdSignatureCheck.problem(ofd, seals.ofdTrust());
        if (problem != null) {
            return VerificationResult.of(VerificationResult.Status.BAD_SIGNATURE, "OFD 文件的电子签章验证失败：" + problem);
        }
        try {
            String token = attachedToken(ofd);
            return token == null ? VerificationResult.of(VerificationResult.Status.MALFORMED, "OFD 文件中没有本平台的证照数据")
                    : verification.verify(token);
        } catch (IOException e) {
            return VerificationResult.of(VerificationResult.Status.MALFORMED, "无法读取 OFD 文件");
        }
    }

    private static void line(OFDDoc doc, Font font, String label, String value) {
        doc.add(new Paragraph(label + "：" + (value == null ? "" : value), 4.5d, font).setMarginTop(2d));
    }

    /** The token attached to the package, read straight from the zip (the seal already covers it). */
    static String attachedToken(byte[] ofd) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(ofd))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith("/" + TOKEN_FILE)) {
                    String token = new String(zip.readNBytes(64 * 1024), StandardCharsets.UTF_8).strip();
                    return token.startsWith("OWL1.") ? token : null;
                }
            }
        }
        return null;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
