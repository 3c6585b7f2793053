package io.onewindow.license.internal;

import io.onewindow.platform.ChinaTime;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * SM2 (GB/T 32918) with SM3: key pairs on curve sm2p256v1, signatures SM3withSM2 with the user ID
 * "1234567812345678" set explicitly (older Bouncy Castle versions defaulted to an empty ID), DER-encoded, and
 * X.509 certificates signed by the city CA.
 */
public final class Sm2 {

    /** The signer identity used for every signature (GB/T 35276 default). */
    public static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private Sm2() {
    }

    public static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastleProvider.PROVIDER_NAME);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        return generator.generateKeyPair();
    }

    public static byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SM3withSM2", BouncyCastleProvider.PROVIDER_NAME);
        signature.setParameter(new SM2ParameterSpec(USER_ID));
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] der) {
        try {
            Signature signature = Signature.getInstance("SM3withSM2", BouncyCastleProvider.PROVIDER_NAME);
            signature.setParameter(new SM2ParameterSpec(USER_ID));
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(der);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Uncompressed point, hex: {@code 04 || X || Y}. */
    public static String publicKeyHex(PublicKey key) {
        return HexFormat.of().formatHex(((ECPublicKey) key).getQ().getEncoded(false));
    }

    public static PublicKey publicKey(String hex) throws GeneralSecurityException {
        ECNamedCurveParameterSpec curve = ECNamedCurveTable.getParameterSpec("sm2p256v1");
        var point = curve.getCurve().decodePoint(HexFormat.of().parseHex(hex));
        return KeyFactory.getInstance("EC", BouncyCastleProvider.PROVIDER_NAME)
                .generatePublic(new ECPublicKeySpec(point, curve));
    }

    public static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC", BouncyCastleProvider.PROVIDER_NAME)
                .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /** An X.509 certificate for {@code subject}'s key, signed SM3withSM2 by the issuer's key; PEM. */
    public static String certificate(String subject, PublicKey subjectKey, String issuer, PrivateKey issuerKey, int years)
            throws Exception {
        Instant now = ChinaTime.instant();
        var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                new BigInteger(64, new java.security.SecureRandom()), Date.from(now),
                Date.from(now.plus(365L * years, ChronoUnit.DAYS)), new X500Name(subject), subjectKey);
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SM3WITHSM2")
                .setProvider(BouncyCastleProvider.PROVIDER_NAME).build(issuerKey));
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(holder);
        }
        return pem.toString();
    }
}
