package io.onewindow.license.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.junit.jupiter.api.Test;

/** The worked example in docs/license-format.md verifies with the low-level SM2Signer, exactly as written. */
class LicenseFormatExampleTests {

    @Test
    void theDocumentedExampleIsReal() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/license-format.md"), StandardCharsets.UTF_8);
        String payload = value(lines, "payload: ");
        String publicKey = value(lines, "public key: ");
        byte[] der = Base64.getDecoder().decode(value(lines, "signature (base64): "));
        assertThat(HexFormat.of().formatHex(der)).isEqualTo(value(lines, "signature (hex): "));

        var curve = ECNamedCurveTable.getParameterSpec("sm2p256v1");
        var domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
        var key = new ECPublicKeyParameters(curve.getCurve().decodePoint(HexFormat.of().parseHex(publicKey)), domain);
        SM2Signer signer = new SM2Signer();
        signer.init(false, new ParametersWithID(key, "1234567812345678".getBytes(StandardCharsets.US_ASCII)));
        byte[] message = payload.getBytes(StandardCharsets.UTF_8);
        signer.update(message, 0, message.length);
        assertThat(signer.verifySignature(der)).isTrue();
        // and the payload is in canonical form: parsing and re-canonicalising gives the same bytes
        var parsed = tools.jackson.databind.json.JsonMapper.builder().build().readValue(payload, java.util.Map.class);
        assertThat(Jcs.canonical(parsed)).isEqualTo(payload);
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }
}
