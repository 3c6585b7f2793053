package io.onewindow.license.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.ofdrw.gm.ses.v1.SES_ESPictrueInfo;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.CertInfoList;
import org.ofdrw.gm.ses.v4.SES_CertList;
import org.ofdrw.gm.ses.v4.SES_ESPropertyInfo;
import org.ofdrw.gm.ses.v4.SES_SealInfo;
import org.ofdrw.gm.ses.v4.SESeal;

/**
 * A department's 电子印章 as GB/T 38540 defines it (SESeal v4): the seal's information (header, id, name, the
 * department's certificate as 签章者 certificate list, validity, a red round picture), signed SM3withSM2 by the city
 * seal CA as 制章者. Built from the department's existing SM2 seal key and certificate.
 */
final class ElectronicSeals {

    private static final ASN1ObjectIdentifier SM3_WITH_SM2 = GMObjectIdentifiers.sm2sign_with_sm3;

    private ElectronicSeals() {
    }

    static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", BouncyCastleProvider.PROVIDER_NAME)
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable seal certificate", e);
        }
    }

    /** The seal of {@code departmentName}, made (signed) by the CA. */
    static SESeal make(String sealId, String departmentName, X509Certificate signer, X509Certificate ca, PrivateKey caKey) {
        try {
            SES_Header header = new SES_Header(SES_Header.V4, SES_Header.ID).setVid("OneWindow");
            SES_ESPropertyInfo property = new SES_ESPropertyInfo(new ASN1Integer(1), new DERUTF8String(departmentName + "电子印章"),
                    SES_ESPropertyInfo.CertListType, new SES_CertList(new CertInfoList().add(new DEROctetString(signer.getEncoded()))),
                    new ASN1GeneralizedTime(signer.getNotBefore()), new ASN1GeneralizedTime(signer.getNotBefore()),
                    new ASN1GeneralizedTime(signer.getNotAfter()));
            SES_ESPictrueInfo picture = new SES_ESPictrueInfo(new DERIA5String("PNG"), new DEROctetString(picture(departmentName)),
                    new ASN1Integer(40), new ASN1Integer(40));
            SES_SealInfo info = new SES_SealInfo(header, new DERIA5String(sealId), property, picture, null);
            DEROctetString makerCert = new DEROctetString(ca.getEncoded());
            // 制章者签名: over the seal information, the maker's certificate and the algorithm
            ASN1EncodableVector signed = new ASN1EncodableVector();
            signed.add(info);
            signed.add(makerCert);
            signed.add(SM3_WITH_SM2);
            byte[] signature = Sm2.sign(caKey, new DERSequence(signed).getEncoded());
            return new SESeal(info, makerCert, SM3_WITH_SM2, new DERBitString(signature));
        } catch (Exception e) {
            throw new IllegalStateException("could not make the electronic seal of " + departmentName, e);
        }
    }

    /** A red round seal picture with the department's name, 40 mm across. */
    private static byte[] picture(String name) {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xC8, 0x10, 0x2E));
        g.setStroke(new BasicStroke(14));
        g.drawOval(10, 10, 380, 380);
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 60 : 24;
            double a = Math.PI / 2 + i * Math.PI / 5;
            xs[i] = (int) (200 + r * Math.cos(a));
            ys[i] = (int) (200 - r * Math.sin(a));
        }
        g.fillPolygon(xs, ys, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
