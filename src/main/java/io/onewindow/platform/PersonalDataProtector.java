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
 *
 * <p>Rotating the master key (see docs/operations.md): while a rotation runs, values sealed under the previous key
 * are still read, and new ones are sealed under the new key; the lookup key stays the one the hashes were made with
 * (derived from the previous key, and after the rotation configured on its own), so lookups keep working.
 */
public final class PersonalDataProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] encryptionKey;
    private final byte[] previousEncryptionKey; // null unless a rotation is under way
    private final byte[] lookupKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataProtector(byte[] masterKey) {
        this(masterKey, null, null);
    }

    /**
     * @param previousMasterKey during a key rotation, the key being replaced; otherwise {@code null}
     * @param lookupKey         after a rotation, the lookup key the rotation wrote out; otherwise {@code null} (then it
     *                          is derived from the previous master key if there is one, else from the master key)
     */
    public PersonalDataProtector(byte[] masterKey, byte[] previousMasterKey, byte[] lookupKey) {
        if (masterKey.length < 32 || previousMasterKey != null && previousMasterKey.length < 32) {
            throw new IllegalArgumentException("master key must be at least 256 bits");
        }
        if (lookupKey != null && lookupKey.length != 32) {
            throw new IllegalArgumentException("lookup key must be 256 bits");
        }
        this.encryptionKey = encryptionKeyOf(masterKey);
        this.previousEncryptionKey = previousMasterKey == null ? null : encryptionKeyOf(previousMasterKey);
        this.lookupKey = lookupKey != null ? lookupKey.clone()
                : Sm3.hmac(previousMasterKey != null ? previousMasterKey : masterKey, bytes("onewindow/lookup/v1"));
    }

    private static byte[] encryptionKeyOf(byte[] masterKey) {
        return Arrays.copyOf(Sm3.hmac(masterKey, bytes("onewindow/sm4/v1")), 16);
    }

    /** Whether a rotation is under way (a previous key is configured). */
    public boolean rotating() {
        return previousEncryptionKey != null;
    }

    /** Whether the value is sealed under the current key (a rotation leaves these alone). */
    public boolean sealedWithCurrentKey(byte[] sealed) {
        try {
            open(encryptionKey, sealed);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The lookup key, for the rotation command to write out once (so that the previous master key can go). */
    public byte[] lookupKey() {
        return lookupKey.clone();
    }

    /** SM4-GCM: the 12-byte IV followed by ciphertext and tag. */
    public byte[] encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] out = run(encryptionKey, true, iv, bytes(plain));
        byte[] result = new byte[IV_BYTES + out.length];
        System.arraycopy(iv, 0, result, 0, IV_BYTES);
        System.arraycopy(out, 0, result, IV_BYTES, out.length);
        return result;
    }

    public String decrypt(byte[] sealed) {
        try {
            return open(encryptionKey, sealed);
        } catch (IllegalStateException e) {
            if (previousEncryptionKey == null) {
                throw e;
            }
            return open(previousEncryptionKey, sealed);
        }
    }

    private String open(byte[] key, byte[] sealed) {
        if (sealed.length <= IV_BYTES) {
            throw new IllegalStateException("protected value too short");
        }
        byte[] iv = Arrays.copyOf(sealed, IV_BYTES);
        byte[] body = Arrays.copyOfRange(sealed, IV_BYTES, sealed.length);
        return new String(run(key, false, iv, body), StandardCharsets.UTF_8);
    }

    /** Deterministic keyed hash (hex) used as the search key for a protected value. */
    public String lookupHash(String plain) {
        return HexFormat.of().formatHex(Sm3.hmac(lookupKey, bytes(plain)));
    }

    private static byte[] run(byte[] key, boolean encrypt, byte[] iv, byte[] input) {
        GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv));
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
