package io.onewindow.license.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Verifies the 电子签章 of an OFD package by GB/T 33190 §18 and GB/T 38540, with Bouncy Castle alone (independent of
 * the library that wrote the file): every file of the package is listed in the signature's References with its SM3
 * digest; the SES_Signature's dataHash is the SM3 of Signature.xml; the signer signed TBS_Sign (SM3withSM2) with a
 * certificate the caller trusts; and the 电子印章 inside was made (signed) by the key the caller trusts as 制章者.
 */
final class OfdSignatureCheck {

    /** The keys one trusts: a signer's public key is acceptable, and the seal maker's public key. */
    interface Trust {
        boolean signer(PublicKey key);

        PublicKey maker();
    }

    private OfdSignatureCheck() {
    }

    /** Null when the package's seal verifies, otherwise what failed, in Chinese. */
    static String problem(byte[] ofd, Trust trust) {
        Map<String, byte[]> files;
        try {
            files = unzip(ofd);
        } catch (IOException | RuntimeException e) {
            return "不是有效的 OFD 文件（无法解压）";
        }
        String signatureXml = files.keySet().stream().filter(n -> n.matches(".*/Signs/[^/]+/Signature\\.xml")).findFirst()
                .orElse(null);
        if (signatureXml == null) {
            return "文件没有电子签章";
        }
        try {
            Document signature = xml(files.get(signatureXml));
            Set<String> referenced = new HashSet<>();
            NodeList references = signature.getElementsByTagNameNS("*", "Reference");
            for (int i = 0; i < references.getLength(); i++) {
                Element r = (Element) references.item(i);
                String path = r.getAttribute("FileRef").replaceFirst("^/", "");
                byte[] content = files.get(path);
                String expected = r.getElementsByTagNameNS("*", "CheckValue").item(0).getTextContent().strip();
                if (content == null || !Base64.getEncoder().encodeToString(sm3(content)).equals(expected)) {
                    return "文件 " + path + " 与签章时不一致";
                }
                referenced.add(path);
            }
            String signDir = signatureXml.substring(0, signatureXml.lastIndexOf('/') + 1);
            for (String name : files.keySet()) {
                if (!name.endsWith("/") && !name.startsWith(signDir) && !name.endsWith("Signs/Signatures.xml") && !referenced.contains(name)) {
                    return "文件 " + name + " 是签章后加入的";
                }
            }
            String valuePath = signature.getElementsByTagNameNS("*", "SignedValue").item(0).getTextContent().strip()
                    .replaceFirst("^/", "");
            ASN1Sequence ses = ASN1Sequence.getInstance(files.get(valuePath));
            ASN1Sequence tbs = ASN1Sequence.getInstance(ses.getObjectAt(0));
            X509Certificate signer = certificate(ASN1OctetString.getInstance(ses.getObjectAt(1)).getOctets());
            byte[] value = ASN1BitString.getInstance(ses.getObjectAt(3)).getOctets();
            if (!trust.signer(signer.getPublicKey())) {
                return "签章证书不是本市发证部门的电子印章证书";
            }
            if (!Sm2.verify(signer.getPublicKey(), tbs.getEncoded("DER"), value)) {
                return "电子签章的签名值无效";
            }
            byte[] dataHash = ASN1BitString.getInstance(tbs.getObjectAt(3)).getOctets();
            if (!MessageDigest.isEqual(dataHash, sm3(files.get(signatureXml)))) {
                return "签章的原文杂凑值与签名信息不符";
            }
            // 制章者: the seal itself was made by the city seal CA
            ASN1Sequence seal = ASN1Sequence.getInstance(tbs.getObjectAt(1));
            ASN1EncodableVector made = new ASN1EncodableVector();
            made.add(seal.getObjectAt(0));
            made.add(seal.getObjectAt(1));
            made.add(seal.getObjectAt(2));
            byte[] sealSignature = ASN1BitString.getInstance(seal.getObjectAt(3)).getOctets();
            if (!Sm2.verify(trust.maker(), new DERSequence(made).getEncoded("DER"), sealSignature)) {
                return "电子印章不是本市电子印章制作系统制作的";
            }
            return null;
        } catch (Exception e) {
            return "电子签章无法解析（" + e.getClass().getSimpleName() + "）";
        }
    }

    private static Map<String, byte[]> unzip(byte[] ofd) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] content = zip.readNBytes(20 * 1024 * 1024);
                total += content.length;
                if (total > 50L * 1024 * 1024 || files.size() > 2000) {
                    throw new IOException("too large");
                }
                files.put(e.getName(), content);
            }
        }
        if (files.isEmpty()) {
            throw new IOException("empty");
        }
        return files;
    }

    private static Document xml(byte[] content) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    }

    private static X509Certificate certificate(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509", BouncyCastleProvider.PROVIDER_NAME)
                .generateCertificate(new ByteArrayInputStream(der));
    }

    static byte[] sm3(byte[] data) throws Exception {
        return MessageDigest.getInstance("SM3", BouncyCastleProvider.PROVIDER_NAME).digest(data);
    }
}
