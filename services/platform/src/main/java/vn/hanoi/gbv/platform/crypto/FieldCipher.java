package vn.hanoi.gbv.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM per field, for anything that can identify a survivor (intake's survivor fields, follow-up notes,
 * referral notes, decline reasons and no-contact refusal grounds). Each value is stored as {@code keyId:base64(iv || ciphertext+tag)}, so keys can
 * rotate; the case id and field name are bound in as associated data, so a ciphertext copied into another
 * case or field fails to decrypt instead of showing the wrong survivor.
 */
public class FieldCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKeyId;

    /**
     * @param activeKeyId the key new values are written with
     * @param keysById    every key still needed to read older values, base64, 256 bits each
     * @param settingName where the keys are configured, to say so when they are missing
     */
    public FieldCipher(String activeKeyId, Map<String, String> keysById, String settingName) {
        if (activeKeyId == null || keysById == null || !keysById.containsKey(activeKeyId)) {
            throw new IllegalStateException("Set " + settingName + ".active-key-id and its key: "
                    + "survivor data is never stored unencrypted");
        }
        keysById.forEach((id, base64) -> {
            byte[] key = Base64.getDecoder().decode(base64);
            if (key.length != 32) {
                throw new IllegalStateException("Survivor-data key " + id + " must be 256 bits");
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        });
        this.activeKeyId = activeKeyId;
    }

    public String encrypt(String plaintext, String caseId, String field) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(caseId, field));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored, String caseId, String field) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        SecretKey key = colon > 0 ? keys.get(stored.substring(0, colon)) : null;
        if (key == null) {
            throw new IllegalStateException("No key to read a survivor field of case " + caseId);
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(aad(caseId, field));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A survivor field of case " + caseId + " failed its integrity check");
        }
    }

    /**
     * Reads a field that used to be stored in clear: a value this cipher wrote is decrypted (and must pass its
     * integrity check); anything else is a value from before the field was encrypted and is returned as it is, until
     * it is written again (encrypted) or an upgrade pass encrypts it.
     */
    public String decryptOrClear(String stored, String caseId, String field) {
        return isEncrypted(stored) ? decrypt(stored, caseId, field) : stored;
    }

    /** Whether {@code stored} has this cipher's form: a known key id, a colon, base64 of an IV and a sealed value. */
    public boolean isEncrypted(String stored) {
        if (stored == null) {
            return false;
        }
        int colon = stored.indexOf(':');
        if (colon <= 0 || !keys.containsKey(stored.substring(0, colon))) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(stored.substring(colon + 1)).length >= IV_BYTES + TAG_BITS / 8;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] aad(String caseId, String field) {
        return (caseId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}
