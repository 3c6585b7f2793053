package io.onewindow;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The gateway's side of the SMS contract in docs/operations.md, written from the document rather than shared with the
 * platform's code, so a change on one side only is caught.
 */
final class SmsSignature {

    private SmsSignature() {
    }

    static String of(String appId, String timestamp, String nonce, String body, String secret) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(secret.getBytes(StandardCharsets.UTF_8)));
        byte[] in = (appId + "\n" + timestamp + "\n" + nonce + "\n" + body).getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
