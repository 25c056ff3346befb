package vn.hanoi.gbv.intake.cases.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.intake.cases.domain.PhoneNumber;
import vn.hanoi.gbv.intake.config.SurvivorDataProperties;

/** The blind index finds the same survivor however her name or phone was typed, and nothing else. */
class SurvivorBlindIndexUnitTest {

    private static final String KEY = "aW5kZXgta2V5LWZvci10ZXN0cy1vbmx5LTAxMjM0NTY=";
    private final SurvivorBlindIndex index = new SurvivorBlindIndex(new SurvivorDataProperties("k", Map.of(), KEY));

    @Test
    void namesMatchWithoutDiacriticsCaseOrExtraSpaces() {
        String typedWithMarks = index.nameAndBirthYear("Nguyễn Thị Lan", 1990);

        assertThat(index.nameAndBirthYear("nguyen thi  lan", 1990)).isEqualTo(typedWithMarks);
        assertThat(index.nameAndBirthYear("NGUYỄN THỊ LAN ", 1990)).isEqualTo(typedWithMarks);
        assertThat(index.nameAndBirthYear("Đỗ Thị Hà", 1990)).isEqualTo(index.nameAndBirthYear("Do Thi Ha", 1990));
    }

    @Test
    void aDecomposedNameTypedOnAnotherKeyboardMatchesTheComposedOne() {
        String composed = "Nguy\u1EC5n";
        String decomposed = "Nguye\u0302\u0303n";

        assertThat(index.nameAndBirthYear(decomposed, 1990)).isEqualTo(index.nameAndBirthYear(composed, 1990));
    }

    @Test
    void anotherBirthYearOrNameIsAnotherIndex() {
        assertThat(index.nameAndBirthYear("Nguyễn Thị Lan", 1991)).isNotEqualTo(index.nameAndBirthYear("Nguyễn Thị Lan", 1990));
        assertThat(index.nameAndBirthYear("Nguyễn Thị Lâm", 1990)).isNotEqualTo(index.nameAndBirthYear("Nguyễn Thị Lan", 1990));
    }

    @Test
    void phonesWrittenDifferentlyShareAnIndexThatRevealsNothing() {
        String value = index.phone(PhoneNumber.parse("0912 345 678", "phone"));

        assertThat(index.phone(PhoneNumber.parse("+84912345678", "phone"))).isEqualTo(value);
        assertThat(value).doesNotContain("912345678");
    }

    @Test
    void anotherKeyGivesOtherIndexesSoTheyCannotBeMatchedWithoutIt() {
        var other = new SurvivorBlindIndex(new SurvivorDataProperties("k", Map.of(),
                "b3RoZXIta2V5LWZvci10ZXN0cy1vbmx5LTAxMjM0NTY="));

        assertThat(other.phone(PhoneNumber.parse("0912345678", "phone")))
                .isNotEqualTo(index.phone(PhoneNumber.parse("0912345678", "phone")));
    }

    @Test
    void aShortOrMissingKeyIsRefused() {
        assertThatThrownBy(() -> new SurvivorBlindIndex(new SurvivorDataProperties("k", Map.of(), "c2hvcnQ=")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SurvivorBlindIndex(new SurvivorDataProperties("k", Map.of(), null)))
                .isInstanceOf(IllegalStateException.class);
    }
}
