package vn.hanoi.gbv.intake.cases.adapters.persistence;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.intake.cases.domain.PhoneNumber;
import vn.hanoi.gbv.intake.config.SurvivorDataProperties;

/**
 * Keyed blind indexes (HMAC-SHA256) of a survivor's phone and of her name with birth year. Equal inputs give
 * equal indexes, so possible duplicates are found with an ordinary query, and nobody without the key can test
 * a guessed name or phone against the database. Names are compared without diacritics, case or extra spaces:
 * "Nguyen thi  Lan" finds "Nguyễn Thị Lan". They are also compared by how they look, not by their code points
 * (Unicode's confusables skeleton, UTS #39): a Cyrillic "е", a fullwidth "Ｌ", a zero-width space or a
 * right-to-left override does not make a returning survivor someone new.
 *
 * <p>Changing {@link #normalizeName} changes every name index: {@link StoredCasesUpgrade} recomputes the stored
 * ones once when a new version starts.
 */
@Component
public class SurvivorBlindIndex {

    /** Thread-safe once built (ICU documents SpoofChecker as immutable). */
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

    private final SecretKeySpec key;

    public SurvivorBlindIndex(SurvivorDataProperties properties) {
        if (properties.indexKey() == null) {
            throw new IllegalStateException("Set gbv.intake.survivor-data.index-key: duplicates are found by blind index");
        }
        byte[] bytes = Base64.getDecoder().decode(properties.indexKey());
        if (bytes.length != 32) {
            throw new IllegalStateException("The survivor-data index key must be 256 bits");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String phone(PhoneNumber phone) {
        return hmac("phone:" + phone.e164());
    }

    public String nameAndBirthYear(String name, Integer birthYear) {
        return hmac("name:" + normalizeName(name) + "|" + (birthYear == null ? "?" : birthYear));
    }

    /**
     * The form two spellings of one name share. NFKC folds compatibility forms (fullwidth letters, ligatures);
     * format characters go (zero-width spaces and joiners, bidi overrides and isolates, soft hyphens: they change
     * the code points, not what a person sees); marks go, and đ, which has no decomposition, is mapped by hand;
     * then the confusables skeleton maps look-alikes from other scripts to one character, and case and spacing are
     * levelled. The skeleton may also join letters that only look alike in Latin ("rn" and "m"): a possible
     * duplicate is a hint a counsellor checks, so a rare extra hint is the better error.
     */
    static String normalizeName(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\p{Cf}+", "");
        String unmarked = Normalizer.normalize(latinCapitals(folded), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        String skeleton = SKELETONS.getSkeleton(unmarked);
        return Normalizer.normalize(skeleton, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /**
     * What tells a retried registration from another request under the same Idempotency-Key: a keyed HMAC of the
     * SHA-256 of the request body (hex), not the digest itself. An unkeyed digest of the body let anyone holding a
     * copy of the database confirm offline that a guessed survivor (name, phone, birth year...) had registered; this
     * needs the index key. It is computed over the digest, so a fingerprint stored before the key was used (the
     * digest) is turned into exactly the value the same body gives now ({@link StoredCasesUpgrade}).
     */
    public String requestFingerprint(String bodySha256Hex) {
        return hmac("request:" + bodySha256Hex);
    }

    /**
     * A capital of another script that looks like a Latin capital becomes that capital before case is levelled:
     * Cyrillic "Т" looks like "T", but its small letter "т" does not look like "t", so lower-casing first would
     * lose the likeness. Latin capitals are left alone (the skeleton would turn "I" into "l").
     */
    private static String latinCapitals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isUpperCase(c) && UScript.getScript(c) != UScript.LATIN) {
                out.append(SKELETONS.getSkeleton(new String(Character.toChars(c))));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }
}
