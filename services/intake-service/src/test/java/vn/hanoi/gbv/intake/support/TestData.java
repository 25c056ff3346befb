package vn.hanoi.gbv.intake.support;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Data no other test uses: the context, database and broker are shared, so every test makes its own wards,
 * survivors and phones and looks only at those.
 */
public final class TestData {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String[] INITIALS = {"b", "c", "d", "đ", "g", "h", "kh", "l", "m", "n", "ph", "qu", "s",
            "t", "th", "tr", "v", "x"};
    private static final String[] VOWELS = {"ạ", "ả", "á", "à", "ấ", "ầ", "ẩ", "ậ", "ắ", "ằ", "ặ", "é", "è", "ẻ",
            "ẹ", "ế", "ề", "ể", "ệ", "í", "ì", "ỉ", "ị", "ó", "ò", "ỏ", "ọ", "ố", "ồ", "ổ", "ộ", "ớ", "ờ", "ở", "ợ",
            "ú", "ù", "ủ", "ụ", "ứ", "ừ", "ử", "ự", "ý", "ỳ", "ỷ"};
    private static final String[] FINALS = {"", "n", "ng", "nh", "m", "t", "c", "ch", "p"};

    /** Today as the service counts days (Hanoi). */
    public static LocalDate today() {
        return LocalDate.now(HANOI);
    }

    /** A ward of this test alone: {@code prefix-xxxxxxxx}. */
    public static String ward(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36,
                Long.MAX_VALUE), 36).substring(0, 8);
    }

    /** A mobile's national significant number: 9 digits, the first 9 (so "0" + it is a valid 10-digit mobile). */
    public static String mobileDigits() {
        return "9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A Vietnamese name with diacritics (đ included now and then) that no other test has. */
    public static String name() {
        return "Nguyễn Thị " + syllable(true) + " " + syllable(true) + " " + syllable(true);
    }

    public static String syllable(boolean capital) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String syllable = INITIALS[random.nextInt(INITIALS.length)] + VOWELS[random.nextInt(VOWELS.length)]
                + FINALS[random.nextInt(FINALS.length)];
        return capital ? syllable.substring(0, 1).toUpperCase(Locale.ROOT) + syllable.substring(1) : syllable;
    }

    /** The name as typed on a keyboard without Vietnamese input: no marks, đ as d. */
    public static String withoutDiacritics(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D');
    }

    public static String address() {
        return "Số " + ThreadLocalRandom.current().nextInt(1, 200) + " ngõ " + syllable(true) + " phố "
                + syllable(true) + " " + syllable(true);
    }

    private TestData() {
    }
}
