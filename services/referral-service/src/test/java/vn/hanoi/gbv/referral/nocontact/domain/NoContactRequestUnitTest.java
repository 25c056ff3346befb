package vn.hanoi.gbv.referral.nocontact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.nocontact.NoContactCancelled;
import vn.hanoi.gbv.events.nocontact.NoContactDecisionOverdue;
import vn.hanoi.gbv.events.nocontact.NoContactExpired;
import vn.hanoi.gbv.events.nocontact.NoContactIssued;
import vn.hanoi.gbv.events.nocontact.NoContactIssued.Recipient;
import vn.hanoi.gbv.events.nocontact.NoContactRefused;
import vn.hanoi.gbv.events.nocontact.NoContactRequested;
import vn.hanoi.gbv.events.nocontact.NoContactRequested.OnBehalfOf;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.referrals.domain.Staff;

/** A request's life, told through its events. */
class NoContactRequestUnitTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Staff LAN = new Staff("lan", Set.of("COUNSELLOR"), "hoan-kiem", null);
    private static final Staff CHAIR_OFFICE = new Staff("ubnd.hk", Set.of("COMMITTEE_OFFICER"), "hoan-kiem",
            "ubnd-hoan-kiem");

    private static NoContactRequest filed() {
        return NoContactRequest.file("r1", "case-1", "hoan-kiem", "ubnd-hoan-kiem", OnBehalfOf.SURVIVOR_REQUEST,
                false, LAN, T0);
    }

    private static NoContactRequest reloaded(NoContactRequest request) {
        return NoContactRequest.restore(request.snapshot());
    }

    @Test
    void aFiledRequestMustBeDecidedWithinTwelveHours() {
        NoContactRequest request = filed();
        assertThat(request.pendingEvents()).singleElement().isInstanceOfSatisfying(NoContactRequested.class,
                event -> assertThat(event.decideBy()).isEqualTo(T0.plus(Duration.ofHours(12))));
        assertThat(request.awaitingDecision(T0.plus(Duration.ofHours(12)))).isTrue();
        assertThat(request.awaitingDecision(T0.plus(Duration.ofHours(12)).plusSeconds(1))).isFalse();
    }

    @Test
    void theChairMayNotActOnOwnInitiativeAgainstTheSurvivorsRefusal() {
        assertThatThrownBy(() -> NoContactRequest.file("r1", "case-1", "hoan-kiem", "ubnd-hoan-kiem",
                OnBehalfOf.LIFE_THREATENED, true, LAN, T0)).isInstanceOf(NoContactRequest.SurvivorRefuses.class);
        assertThat(NoContactRequest.file("r1", "case-1", "hoan-kiem", "ubnd-hoan-kiem", OnBehalfOf.LIFE_THREATENED,
                false, LAN, T0).status()).isEqualTo(NoContactStatus.REQUESTED);
    }

    @Test
    void anIssuedDecisionGoesToTheThreeRecipientsByDefaultThenExpiresOnce() {
        NoContactRequest request = reloaded(filed());
        Instant signed = T0.plus(Duration.ofHours(3));
        request.issue(CHAIR_OFFICE, null, signed.plus(Duration.ofDays(3)), null, signed);
        assertThat(request.pendingEvents()).singleElement().isInstanceOfSatisfying(NoContactIssued.class, event -> {
            assertThat(event.validFrom()).isEqualTo(signed);
            assertThat(event.recipients()).containsExactlyInAnyOrder(Recipient.values());
        });

        NoContactRequest later = reloaded(request);
        assertThat(later.expireIfEnded(signed.plus(Duration.ofDays(3)).minusSeconds(1))).isFalse();
        assertThat(later.expireIfEnded(signed.plus(Duration.ofDays(3)))).isTrue();
        assertThat(later.expireIfEnded(signed.plus(Duration.ofDays(4)))).isFalse();
        assertThat(later.pendingEvents()).singleElement().isInstanceOf(NoContactExpired.class);
        assertThat(later.status()).isEqualTo(NoContactStatus.EXPIRED);
    }

    @Test
    void aDecisionPastTheDeadlineIsRefusedAndChangesNothing() {
        NoContactRequest request = reloaded(filed());
        Instant late = T0.plus(Duration.ofHours(12)).plusSeconds(1);
        assertThatThrownBy(() -> request.issue(CHAIR_OFFICE, null, late.plus(Duration.ofDays(1)), null, late))
                .isInstanceOf(DecisionDeadlinePassed.class);
        assertThatThrownBy(() -> request.refuse(CHAIR_OFFICE, "not needed", late))
                .isInstanceOf(DecisionDeadlinePassed.class);
        assertThat(request.status()).isEqualTo(NoContactStatus.REQUESTED);
        assertThat(request.pendingEvents()).isEmpty();
    }

    @Test
    void anUndecidedRequestIsOverdueOnceAfterTwelveHours() {
        NoContactRequest request = reloaded(filed());
        assertThat(request.markOverdueIfDue(T0.plus(Duration.ofHours(12)))).isFalse();
        assertThat(request.markOverdueIfDue(T0.plus(Duration.ofHours(12)).plusSeconds(1))).isTrue();
        assertThat(request.markOverdueIfDue(T0.plus(Duration.ofHours(13)))).isFalse();
        assertThat(request.pendingEvents()).singleElement().isInstanceOf(NoContactDecisionOverdue.class);
    }

    @Test
    void aRefusalKeepsItsWrittenReasonsOutOfTheEvent() {
        NoContactRequest request = reloaded(filed());
        assertThatThrownBy(() -> request.refuse(CHAIR_OFFICE, " ", T0.plusSeconds(60)))
                .isInstanceOf(InvalidInput.class);
        request.refuse(CHAIR_OFFICE, "Bà A không bị đe dọa", T0.plusSeconds(60));
        assertThat(request.snapshot().refusalGrounds()).isEqualTo("Bà A không bị đe dọa");
        assertThat(request.pendingEvents()).singleElement().isInstanceOf(NoContactRefused.class)
                .asString().doesNotContain("đe dọa");
        assertThatThrownBy(() -> request.issue(CHAIR_OFFICE, null, T0.plus(Duration.ofDays(1)), null,
                T0.plusSeconds(90))).isInstanceOf(IllegalNoContactTransition.class);
    }

    @Test
    void theChairMayCancelADecisionInForceButNotOneThatEnded() {
        NoContactRequest request = reloaded(filed());
        request.issue(CHAIR_OFFICE, null, T0.plus(Duration.ofDays(2)), Set.of(Recipient.WARD_POLICE), T0);
        NoContactRequest inForce = reloaded(request);
        assertThatThrownBy(() -> inForce.cancel(CHAIR_OFFICE, NoContactCancelled.Cause.NO_LONGER_NEEDED,
                T0.plus(Duration.ofDays(2)))).isInstanceOf(IllegalNoContactTransition.class);
        inForce.cancel(CHAIR_OFFICE, NoContactCancelled.Cause.NO_LONGER_NEEDED, T0.plus(Duration.ofDays(1)));
        assertThat(inForce.pendingEvents()).singleElement().isInstanceOf(NoContactCancelled.class);
        assertThat(inForce.expireIfEnded(T0.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void onlyTheWardsCommitteeDecidesAndOnlyItsCounsellorsOrPoliceFile() {
        Agency policeHk = new Agency("police-hoan-kiem", "x", "x", AgencyType.POLICE, Set.of("hoan-kiem"), false);
        Agency healthHk = new Agency("health-hoan-kiem", "x", "x", AgencyType.HEALTH, Set.of("hoan-kiem"), false);
        Staff police = new Staff("p", Set.of("AGENCY_OFFICER"), null, "police-hoan-kiem");
        Staff health = new Staff("h", Set.of("AGENCY_OFFICER"), null, "health-hoan-kiem");
        Staff otherCommittee = new Staff("u", Set.of("COMMITTEE_OFFICER"), "suoi-hai", "ubnd-suoi-hai");

        assertThat(NoContactScope.mayFile(LAN, "hoan-kiem", null)).isTrue();
        assertThat(NoContactScope.mayFile(LAN, "suoi-hai", null)).isFalse();
        assertThat(NoContactScope.mayFile(police, "hoan-kiem", policeHk)).isTrue();
        assertThat(NoContactScope.mayFile(police, "suoi-hai", policeHk)).isFalse();
        assertThat(NoContactScope.mayFile(health, "hoan-kiem", healthHk)).isFalse();
        assertThat(NoContactScope.mayDecide(CHAIR_OFFICE, "hoan-kiem", "ubnd-hoan-kiem")).isTrue();
        assertThat(NoContactScope.mayDecide(otherCommittee, "hoan-kiem", "ubnd-hoan-kiem")).isFalse();
        assertThat(NoContactScope.mayDecide(LAN, "hoan-kiem", "ubnd-hoan-kiem")).isFalse();
    }
}
