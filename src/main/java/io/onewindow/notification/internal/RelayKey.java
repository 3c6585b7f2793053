package io.onewindow.notification.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;

/**
 * The relay's SM2 key (GB/T 32918.4 public-key encryption, C1C3C2): every node seals phone numbers and e-mail
 * addresses with the public key; only a node holding the private key — the relay — can open them. The platform's
 * own data key cannot, so a copy of the outbox, or a module reading it, learns masks only.
 */
final class RelayKey {

    private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(),
            CURVE.getN(), CURVE.getH());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ECPublicKeyParameters publicKey;
    private final ECPrivateKeyParameters privateKey; // null on a node that only seals

    private RelayKey(ECPublicKeyParameters publicKey, ECPrivateKeyParameters privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** From the private scalar d (64 hex digits). */
    static RelayKey ofPrivate(String hex) {
        BigInteger d = new BigInteger(1, HexFormat.of().parseHex(hex.strip()));
        if (d.signum() <= 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.ONE)) >= 0) {
            throw new IllegalArgumentException("中继密钥无效：应为 SM2 私钥（64 位十六进制，1 ≤ d < n−1）");
        }
        return new RelayKey(new ECPublicKeyParameters(DOMAIN.getG().multiply(d).normalize(), DOMAIN),
                new ECPrivateKeyParameters(d, DOMAIN));
    }

    /** From the public point (04 ‖ x ‖ y in hex): this node seals but cannot open. */
    static RelayKey ofPublic(String hex) {
        return new RelayKey(new ECPublicKeyParameters(CURVE.getCurve().decodePoint(HexFormat.of().parseHex(hex.strip())),
                DOMAIN), null);
    }

    static String generatePrivate() {
        BigInteger d;
        do {
            d = new BigInteger(256, RANDOM);
        } while (d.signum() == 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.ONE)) >= 0);
        return String.format("%064x", d);
    }

    String publicHex() {
        return HexFormat.of().formatHex(publicKey.getQ().getEncoded(false));
    }

    boolean canOpen() {
        return privateKey != null;
    }

    byte[] seal(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(true, new ParametersWithRandom(publicKey, RANDOM));
        try {
            return engine.processBlock(in, 0, in.length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws {@link IllegalStateException} on a node without the private key, or when the sealed bytes were altered. */
    String open(byte[] sealed) {
        if (privateKey == null) {
            throw new IllegalStateException("本节点没有中继私钥，不能读取通知地址");
        }
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(false, privateKey);
        try {
            return new String(engine.processBlock(sealed, 0, sealed.length), StandardCharsets.UTF_8);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("通知地址无法解密（密文被改动或密钥不符）", e);
        }
    }
}
