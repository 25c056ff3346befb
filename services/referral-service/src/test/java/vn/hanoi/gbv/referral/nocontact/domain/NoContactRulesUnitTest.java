package vn.hanoi.gbv.referral.nocontact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/** Art. 25's clock: 12 hours to decide, effective when signed, at most 3 days of validity. */
class NoContactRulesUnitTest {

    private static final Instant REQUESTED = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void theChairHasTwelveHoursFromTheRequestUpToAndIncludingTheLastMoment() {
        Instant decideBy = NoContactRules.decideBy(REQUESTED);
        assertThat(decideBy).isEqualTo(Instant.parse("2026-03-01T20:00:00Z"));
        assertThat(NoContactRules.inTime(decideBy, decideBy.minusSeconds(1))).isTrue();
        assertThat(NoContactRules.inTime(decideBy, decideBy)).isTrue();
        assertThat(NoContactRules.inTime(decideBy, decideBy.plusMillis(1))).isFalse();
        assertThatThrownBy(() -> NoContactRules.checkInTime(decideBy, decideBy.plusSeconds(1)))
                .isInstanceOf(DecisionDeadlinePassed.class);
    }

    @Test
    void aDecisionIsValidForAtMostThreeDaysFromItsSigning() {
        Instant signed = REQUESTED.plus(Duration.ofHours(2));
        var validity = NoContactRules.validity(REQUESTED, signed, null, signed.plus(Duration.ofDays(3)));
        assertThat(validity.from()).isEqualTo(signed);
        assertThat(validity.until()).isEqualTo(signed.plus(Duration.ofDays(3)));

        assertThatThrownBy(() -> NoContactRules.validity(REQUESTED, signed, null,
                signed.plus(Duration.ofDays(3)).plusSeconds(1)))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("validUntil");
        assertThatThrownBy(() -> NoContactRules.validity(REQUESTED, signed, null, signed))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("validUntil");
        assertThatThrownBy(() -> NoContactRules.validity(REQUESTED, signed, null, null))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("validUntil");
    }

    @Test
    void itTakesEffectWhenSignedNotLaterAndNotBeforeTheRequest() {
        Instant now = REQUESTED.plus(Duration.ofHours(3));
        Instant signedEarlier = now.minus(Duration.ofMinutes(20));
        assertThat(NoContactRules.validity(REQUESTED, now, signedEarlier, signedEarlier.plus(Duration.ofDays(3)))
                .from()).isEqualTo(signedEarlier);
        assertThatThrownBy(() -> NoContactRules.validity(REQUESTED, now, now.plusSeconds(60),
                now.plus(Duration.ofDays(1))))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("validFrom");
        assertThatThrownBy(() -> NoContactRules.validity(REQUESTED, now, REQUESTED.minusSeconds(1),
                now.plus(Duration.ofDays(1))))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("validFrom");
    }

    @Test
    void aDecisionEndsAtTheEndOfItsValidity() {
        Instant until = REQUESTED.plus(Duration.ofDays(3));
        assertThat(NoContactRules.ended(until, until.minusMillis(1))).isFalse();
        assertThat(NoContactRules.ended(until, until)).isTrue();
    }
}
