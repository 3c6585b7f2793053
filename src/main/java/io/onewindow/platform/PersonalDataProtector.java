package io.onewindow.platform;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Protects personal identifiers at rest: SM4-GCM encryption (so a copied table reveals nothing) and an
 * HMAC-SM3 lookup hash (so a record can still be found by its full number without decrypting every row).
 * Both keys are derived from one 256-bit master key that never leaves the server.
 */
public final class PersonalDataProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] encryptionKey;
    private final byte[] lookupKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataProtector(byte[] masterKey) {
        if (masterKey.length < 32) {
            throw new IllegalArgumentException("master key must be at least 256 bits");
        }
        this.encryptionKey = Arrays.copyOf(Sm3.hmac(masterKey, bytes("onewindow/sm4/v1")), 16);
        this.lookupKey = Sm3.hmac(masterKey, bytes("onewindow/lookup/v1"));
    }

    /** SM4-GCM: the 12-byte IV followed by ciphertext and tag. */
    public byte[] encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] out = run(true, iv, bytes(plain));
        byte[] result = new byte[IV_BYTES + out.length];
        System.arraycopy(iv, 0, result, 0, IV_BYTES);
        System.arraycopy(out, 0, result, IV_BYTES, out.length);
        return result;
    }

    public String decrypt(byte[] sealed) {
        byte[] iv = Arrays.copyOf(sealed, IV_BYTES);
        byte[] body = Arrays.copyOfRange(sealed, IV_BYTES, sealed.length);
        return new String(run(false, iv, body), StandardCharsets.UTF_8);
    }

    /** Deterministic keyed hash (hex) used as the search key for a protected value. */
    public String lookupHash(String plain) {
        return HexFormat.of().formatHex(Sm3.hmac(lookupKey, bytes(plain)));
    }

    private byte[] run(boolean encrypt, byte[] iv, byte[] input) {
        GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(encryptionKey), TAG_BITS, iv));
        byte[] out = new byte[cipher.getOutputSize(input.length)];
        int len = cipher.processBytes(input, 0, input.length, out, 0);
        try {
            len += cipher.doFinal(out, len);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("protected value failed its integrity check (wrong key or altered data)", e);
        }
        return Arrays.copyOf(out, len);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
