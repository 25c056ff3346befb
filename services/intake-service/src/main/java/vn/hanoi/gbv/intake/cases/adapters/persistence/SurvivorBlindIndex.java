package vn.hanoi.gbv.intake.cases.adapters.persistence;

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
 * "Nguyen thi  Lan" finds "Nguyễn Thị Lan".
 */
@Component
public class SurvivorBlindIndex {

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

    /** NFC first (as stored), then without marks: đ has no decomposition, so it is mapped by hand. */
    static String normalizeName(String name) {
        String decomposed = Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFC), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
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
