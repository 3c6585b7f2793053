package io.onewindow.exchange.internal;

import io.onewindow.platform.EmbeddedDatabase;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's SM2 key for its queries to other departments' systems: every request body is signed (GB/T 32918.2,
 * default user id 1234567812345678, DER signature), and providers verify with the public key published at
 * {@code GET /api/v1/exchange/public-key}. Configured as {@code onewindow.exchange.signing-key} (64 hex digits); with
 * the embedded database generated once into the data directory.
 */
@Component
public class ExchangeKey {

    private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(),
            CURVE.getH());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ECPrivateKeyParameters key;

    ExchangeKey(@Value("${onewindow.exchange.signing-key:}") String configured, ObjectProvider<EmbeddedDatabase> embedded,
            @Value("${onewindow.data-dir}") Path dataDir) throws IOException {
        String hex = configured;
        if (hex == null || hex.isBlank()) {
            Path file = dataDir.resolve("keys").resolve("exchange-signing.key");
            if (Files.exists(file)) {
                hex = Files.readString(file).strip();
            } else {
                hex = String.format("%064x", new BigInteger(255, RANDOM).add(BigInteger.ONE));
                if (embedded.getIfAvailable() != null) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, hex);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
        this.key = new ECPrivateKeyParameters(new BigInteger(1, HexFormat.of().parseHex(hex.strip())), DOMAIN);
    }

    /** The public key, 04‖x‖y in hex, for providers to verify requests. */
    public String publicKeyHex() {
        return HexFormat.of().formatHex(DOMAIN.getG().multiply(key.getD()).normalize().getEncoded(false));
    }

    byte[] sign(byte[] message) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithRandom(key, RANDOM));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException(e);
        }
    }
}
