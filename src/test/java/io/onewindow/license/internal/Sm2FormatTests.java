package io.onewindow.license.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.junit.jupiter.api.Test;

/** The documented signature format, checked with an independent implementation: BC's low-level SM2Signer. */
class Sm2FormatTests {

    private static ECPublicKeyParameters lowLevel(String publicKeyHex) {
        var curve = ECNamedCurveTable.getParameterSpec("sm2p256v1");
        var domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
        return new ECPublicKeyParameters(curve.getCurve().decodePoint(HexFormat.of().parseHex(publicKeyHex)), domain);
    }

    @Test
    void aLicenceSignatureVerifiesWithThePlainSm2SignerOverTheCanonicalJson() throws Exception {
        KeyPair seal = Sm2.generate();
        Map<String, Object> licence = new LinkedHashMap<>();
        licence.put("typeName", "食品经营许可证");
        licence.put("number", "SPJY2026000001");
        licence.put("data", Map.of("经营场所", "乐山市市中区嘉州大道1号", "主体业态", "餐饮服务经营者"));
        byte[] message = Jcs.canonical(licence).getBytes(StandardCharsets.UTF_8);
        byte[] der = Sm2.sign(seal.getPrivate(), message);

        SM2Signer verifier = new SM2Signer();
        verifier.init(false, new ParametersWithID(lowLevel(Sm2.publicKeyHex(seal.getPublic())),
                "1234567812345678".getBytes(StandardCharsets.US_ASCII)));
        verifier.update(message, 0, message.length);
        assertThat(verifier.verifySignature(der)).isTrue();

        // a different user ID (e.g. the empty ID of old BC versions) does not verify: the ID is part of the format
        SM2Signer wrongId = new SM2Signer();
        wrongId.init(false, new ParametersWithID(lowLevel(Sm2.publicKeyHex(seal.getPublic())), new byte[0]));
        wrongId.update(message, 0, message.length);
        assertThat(wrongId.verifySignature(der)).isFalse();
    }

    @Test
    void aSignatureMadeByThePlainSm2SignerVerifiesHere() throws Exception {
        KeyPair seal = Sm2.generate();
        byte[] message = "{\"a\":\"乐山\"}".getBytes(StandardCharsets.UTF_8);
        var curve = ECNamedCurveTable.getParameterSpec("sm2p256v1");
        var domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
        var d = ((org.bouncycastle.jce.interfaces.ECPrivateKey) seal.getPrivate()).getD();
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithID(new org.bouncycastle.crypto.params.ECPrivateKeyParameters(d, domain),
                Sm2.USER_ID));
        signer.update(message, 0, message.length);
        byte[] der = signer.generateSignature();
        assertThat(Sm2.verify(seal.getPublic(), message, der)).isTrue();
        message[2] = 'b';
        assertThat(Sm2.verify(seal.getPublic(), message, der)).isFalse();
    }

    @Test
    void canonicalJsonSortsKeysAndEscapesAsRfc8785() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", "2");
        value.put("a", List.of("x", true));
        value.put("\u20ac", "euro");
        value.put("\r", "line\n\"quoted\"\u0001");
        // keys ordered by UTF-16 code units: "\r" (U+000D) < "a" < "b" < "€" (U+20AC)
        assertThat(Jcs.canonical(value))
                .isEqualTo("{\"\\r\":\"line\\n\\\"quoted\\\"\\u0001\",\"a\":[\"x\",true],\"b\":\"2\",\"€\":\"euro\"}");
    }

    @Test
    void tokensRoundTripAndRejectGarbage() {
        String token = LicenseTokens.token("{\"a\":\"乐山\"}", java.util.Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}), "abc");
        var parsed = LicenseTokens.parse(token);
        assertThat(parsed.payload()).isEqualTo("{\"a\":\"乐山\"}");
        assertThat(parsed.keyId()).isEqualTo("abc");
        assertThat(LicenseTokens.parse("not a token")).isNull();
        assertThat(LicenseTokens.parse("OWL1.***.***.k")).isNull();
    }
}
