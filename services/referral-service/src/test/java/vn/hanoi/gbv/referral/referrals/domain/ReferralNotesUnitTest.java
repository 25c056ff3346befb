package vn.hanoi.gbv.referral.referrals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.referral.ReferralCompleted.Outcome;
import vn.hanoi.gbv.events.referral.ReferralNoteAdded;
import vn.hanoi.gbv.events.referral.ReferralRevoked.Cause;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.referral.directory.domain.Agency;

/**
 * Notes on a referral: who may write one, on which referral and when, and who may read them. One rule per test,
 * on a referral of a hoan-kiem case to the ward's police.
 */
class ReferralNotesUnitTest {

    private static final Instant SENT_AT = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant LATER = SENT_AT.plus(Duration.ofMinutes(30)).plusNanos(123_456_789);
    private static final AcknowledgementSla SLA = new AcknowledgementSla(Duration.ofHours(1), Duration.ofHours(4),
            Duration.ofHours(24));
    private static final Agency POLICE_HK = new Agency("police-hoan-kiem", "a", "a", AgencyType.POLICE,
            Set.of("hoan-kiem"), false);
    private static final Agency POLICE_CITY = new Agency("police-city", "b", "b", AgencyType.POLICE, Set.of(), true);
    private static final Agency COMMITTEE_HK = new Agency("ubnd-hoan-kiem", "c", "c", AgencyType.PEOPLES_COMMITTEE,
            Set.of("hoan-kiem"), false);
    private static final String TEXT = "Chỉ gọi sau 18 giờ; chồng chị ấy kiểm tra điện thoại. She speaks Hmong.";

    private final Staff counsellorHk = new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem", null);
    private final Staff counsellorElsewhere = new Staff("minh", Set.of(Staff.COUNSELLOR), "suoi-hai", null);
    private final Staff verifierHk = new Staff("hoa", Set.of(Staff.WARD_VERIFIER), "hoan-kiem", null);
    private final Staff supervisor = new Staff("supervisor", Set.of(Staff.SUPERVISOR), null, null);
    private final Staff policeOfficer = new Staff("police.hk", Set.of(Staff.AGENCY_OFFICER), null, "police-hoan-kiem");
    private final Staff healthOfficer = new Staff("health.hk", Set.of(Staff.AGENCY_OFFICER), null, "health-hoan-kiem");
    private final Staff cityPoliceOfficer = new Staff("police.city", Set.of(Staff.AGENCY_OFFICER), null,
            "police-city");

    private static Referral to(Agency agency) {
        var verified = new CaseVerified("case-1", "GBV-0000CASE", "hoan-kiem", IncidentType.PHYSICAL_ASSAULT,
                RiskLevel.HIGH, Set.of(Need.POLICE), Set.of(AgencyType.POLICE));
        Referral referral = Referral.create(Referral.idFor("case-1", agency.id()), verified,
                new Routing.Destination(agency, agency.type() == AgencyType.POLICE ? Need.POLICE : null), SENT_AT,
                SLA);
        // As loaded again: no pending events.
        return Referral.restore(referral.snapshot());
    }

    @Test
    void theWardsCounsellorAddsANoteKeptWithTheReferralAndAnnouncedWithoutItsText() {
        Referral referral = to(POLICE_HK);

        referral.addNote(counsellorHk, "  " + TEXT + "\n", LATER);

        assertThat(referral.notes()).containsExactly(new ReferralNote("lan", Instant.parse("2026-11-20T08:30:00.123Z"),
                TEXT));
        assertThat(referral.snapshot().notes()).isEqualTo(referral.notes());
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.pendingEvents()).containsExactly(new ReferralNoteAdded("case-1", referral.id(),
                "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem"));
        // Nothing that might be logged carries the text.
        assertThat(referral.toString()).doesNotContain("Hmong");
        assertThat(referral.snapshot().toString()).doesNotContain("Hmong");
        assertThat(referral.notes().get(0).toString()).doesNotContain("Hmong").contains("lan");
        assertThat(referral.pendingEvents().get(0).toString()).doesNotContain("Hmong");
    }

    @Test
    void aSupervisorAddsNotesToo_theyAreAppendedInOrder() {
        Referral referral = to(POLICE_HK);

        referral.addNote(counsellorHk, "first", LATER);
        referral.addNote(supervisor, "second", LATER.plusSeconds(60));

        assertThat(referral.notes()).extracting(ReferralNote::author, ReferralNote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lan", "first"),
                        org.assertj.core.groups.Tuple.tuple("supervisor", "second"));
        assertThat(referral.pendingEvents()).hasSize(2).allMatch(ReferralNoteAdded.class::isInstance);
    }

    @Test
    void anotherWardsCounsellorOrAnotherAgencyIsToldNotFound_otherRolesForbidden() {
        Referral referral = to(POLICE_HK);

        assertThatThrownBy(() -> referral.addNote(counsellorElsewhere, TEXT, LATER))
                .isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> referral.addNote(healthOfficer, TEXT, LATER)).isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> referral.addNote(policeOfficer, TEXT, LATER)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> referral.addNote(verifierHk, TEXT, LATER)).isInstanceOf(Forbidden.class);
        assertThat(referral.notes()).isEmpty();
        assertThat(referral.pendingEvents()).isEmpty();
    }

    @Test
    void aNoteHasTextOfAtMostTwoThousandCharacters() {
        Referral referral = to(POLICE_HK);

        assertThatThrownBy(() -> referral.addNote(counsellorHk, " \n ", LATER))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> referral.addNote(counsellorHk, null, LATER))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> referral.addNote(counsellorHk, "x".repeat(ReferralNote.MAX_LENGTH + 1), LATER))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("text"));
        referral.addNote(counsellorHk, "x".repeat(ReferralNote.MAX_LENGTH), LATER);
        assertThat(referral.notes()).hasSize(1);
    }

    @Test
    void notesAreAddedWhileTheAgencyMayStillActNotOnceTheReferralIsRevokedDeclinedOrCompleted() {
        Referral acknowledged = to(POLICE_HK);
        acknowledged.acknowledge(policeOfficer, LATER);
        acknowledged.addNote(counsellorHk, TEXT, LATER);
        Referral accepted = to(POLICE_HK);
        accepted.accept(policeOfficer, LATER);
        accepted.addNote(supervisor, TEXT, LATER);

        Referral revoked = to(POLICE_HK);
        revoked.revoke(counsellorHk, Cause.SURVIVOR_REQUEST, LATER);
        Referral declined = to(POLICE_HK);
        declined.decline(policeOfficer, "no officer free", null, LATER);
        Referral completed = to(POLICE_HK);
        completed.accept(policeOfficer, LATER);
        completed.complete(policeOfficer, Outcome.SERVICE_PROVIDED, LATER);

        for (Referral closed : new Referral[] {revoked, declined, completed}) {
            int events = closed.pendingEvents().size();
            assertThatThrownBy(() -> closed.addNote(counsellorHk, TEXT, LATER)).as(closed.status().toString())
                    .isInstanceOf(Conflict.class);
            assertThat(closed.notes()).isEmpty();
            assertThat(closed.pendingEvents()).hasSize(events);
        }
    }

    @Test
    void theCommitteesNotificationCarriesNothingIdentifying_soNoNotes() {
        Referral notification = to(COMMITTEE_HK);

        assertThatThrownBy(() -> notification.addNote(counsellorHk, TEXT, LATER)).isInstanceOf(Conflict.class);
        assertThat(notification.notes()).isEmpty();
    }

    @Test
    void aReferralHoldsAtMostAHundredNotes() {
        Referral referral = to(POLICE_HK);
        for (int i = 0; i < Referral.MAX_NOTES; i++) {
            referral.addNote(counsellorHk, "note " + i, LATER);
        }

        assertThatThrownBy(() -> referral.addNote(counsellorHk, TEXT, LATER)).isInstanceOf(Conflict.class);
        assertThat(referral.notes()).hasSize(Referral.MAX_NOTES);
    }

    @Test
    void wardStaffAndSupervisorsReadTheNotes_theAgencyWhileItMayAct_noOneElse() {
        Referral referral = to(POLICE_HK);
        referral.addNote(counsellorHk, TEXT, LATER);

        assertThat(referral.notesFor(supervisor)).extracting(ReferralNote::text).containsExactly(TEXT);
        assertThat(referral.notesFor(counsellorHk)).hasSize(1);
        assertThat(referral.notesFor(verifierHk)).hasSize(1);
        assertThat(referral.notesFor(policeOfficer)).hasSize(1);
        assertThat(referral.notesFor(healthOfficer)).isEmpty();
        assertThat(referral.notesFor(counsellorElsewhere)).isEmpty();
        assertThat(referral.notesFor(new Staff("admin", Set.of("ADMIN"), null, "police-hoan-kiem"))).isEmpty();

        referral.accept(policeOfficer, LATER);
        assertThat(ReferralScope.canReadNotes(policeOfficer, referral)).isTrue();
        referral.revoke(counsellorHk, Cause.SURVIVOR_REQUEST, LATER);
        // Revoked (she may have withdrawn consent): the agency keeps the referral, not what identifies her.
        assertThat(ReferralScope.canReadNotes(policeOfficer, referral)).isFalse();
        assertThat(referral.notesFor(policeOfficer)).isEmpty();
        assertThat(referral.notesFor(counsellorHk)).hasSize(1);
        assertThat(referral.notesFor(supervisor)).hasSize(1);
    }

    @Test
    void theNotesGoWithADeclinedReferralToTheNextAgencyOfItsType_whichReadsThem() {
        Referral declined = to(POLICE_HK);
        declined.addNote(counsellorHk, TEXT, LATER);
        declined.decline(policeOfficer, "no officer free", POLICE_CITY, LATER);

        Referral next = declined.rerouted(POLICE_CITY, LATER, SLA);

        assertThat(next.notes()).isEqualTo(declined.notes());
        assertThat(next.notesFor(cityPoliceOfficer)).extracting(ReferralNote::text).containsExactly(TEXT);
        assertThat(declined.notesFor(policeOfficer)).isEmpty();
        assertThat(next.pendingEvents()).noneMatch(ReferralNoteAdded.class::isInstance);
    }
}
