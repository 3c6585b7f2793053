package io.onewindow.license.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The compact signed token a QR code carries: {@code OWL1.<payload>.<signature>.<keyId>} — the canonical JSON and
 * the DER signature, each base64url without padding, and the signing key's id. Anyone holding the issuer's public
 * key can check it offline.
 */
public final class LicenseTokens {

    public static final String PREFIX = "OWL1";

    /** The parts of a token. */
    public record Parsed(String payload, byte[] signature, String keyId) {
    }

    private LicenseTokens() {
    }

    public static String token(String payload, String signatureBase64, String keyId) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return PREFIX + "." + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(Base64.getDecoder().decode(signatureBase64)) + "." + keyId;
    }

    /** @return null when the text is not a token of this format */
    public static Parsed parse(String token) {
        if (token == null) {
            return null;
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return null;
        }
        try {
            Base64.Decoder url = Base64.getUrlDecoder();
            return new Parsed(new String(url.decode(parts[1]), StandardCharsets.UTF_8), url.decode(parts[2]), parts[3]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
