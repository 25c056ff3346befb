package vn.hanoi.gbv.audit.timeline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.UnknownEvent;
import vn.hanoi.gbv.events.followup.FollowUpScheduled;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.intake.SurvivorDataDisclosed;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;

class TimelineEntryUnitTest {

    private static final Instant OCCURRED = Instant.parse("2026-11-20T08:00:00.123456Z");
    private static final Instant RECORDED = Instant.parse("2026-11-20T08:00:01Z");
    private static final Actor HOA = new Actor("hoa", "WARD_VERIFIER", "hoan-kiem", null);

    private static EventEnvelope<CaseEvent> envelope(CaseEvent payload, String type) {
        return new EventEnvelope<>(UUID.randomUUID(), type, payload.caseId(), OCCURRED, HOA, 1, "trace-1",
                "intake-service", payload);
    }

    private static EventEnvelope<CaseEvent> envelope(CaseEvent payload) {
        return envelope(payload, payload.getClass().getSimpleName());
    }

    private final CaseVerified verified = new CaseVerified("case-1", "GBV-1", "hoan-kiem", IncidentType.RAPE,
            RiskLevel.HIGH, Set.of(Need.MEDICAL), Set.of(AgencyType.HEALTH));

    @Test
    void aCasesFirstEntryIsNumberOneAndEachNextOneFollowsTheLast() {
        assertThat(TimelineEntry.after(null, envelope(verified), RECORDED).seq()).isEqualTo(TimelineEntry.FIRST);
        TimelineEntry sixth = TimelineEntry.after(null, envelope(verified), RECORDED);
        for (int i = 0; i < 5; i++) {
            sixth = TimelineEntry.after(sixth, envelope(verified), RECORDED);
        }
        assertThat(sixth.seq()).isEqualTo(6);
        assertThat(TimelineEntry.after(sixth, envelope(verified), RECORDED).seq()).isEqualTo(7);
    }

    @Test
    void anEntryKeepsWhoDidWhatWhenWhereAndInWhichService() {
        var envelope = envelope(verified);

        TimelineEntry entry = TimelineEntry.after(null, envelope, RECORDED);

        assertThat(entry.withLink(null)).isEqualTo(new TimelineEntry("case-1", 1, envelope.eventId().toString(),
                "CaseVerified", Instant.parse("2026-11-20T08:00:00.123Z"), RECORDED, HOA, "intake-service", "hoan-kiem",
                new Summary("Case verified by the ward", "Vụ việc đã được xác minh cấp xã/phường"), null, null));
    }

    @Test
    void summariesNameRiskAndAgencyTypeInTheReadersLanguage() {
        Summary registered = EventSummaries.of(new CaseRegistered("case-1", "GBV-1", "hoan-kiem",
                IncidentType.PHYSICAL_ASSAULT, RiskLevel.IMMEDIATE_DANGER, Set.of(), Set.of()));
        Summary referred = EventSummaries.of(new ReferralCreated("case-1", "r-1", "police-hk", AgencyType.POLICE,
                "hoan-kiem", Need.POLICE, RiskLevel.HIGH));

        assertThat(registered.in(Locale.ENGLISH)).isEqualTo("Case registered (risk: immediate danger)");
        assertThat(registered.in(Locale.forLanguageTag("vi-VN")))
                .isEqualTo("Vụ việc đã được đăng ký (mức nguy cơ: nguy hiểm tức thời)");
        assertThat(referred.in(Locale.FRENCH)).isEqualTo("Referred to the police");
        assertThat(referred.in(Locale.forLanguageTag("vi"))).isEqualTo("Đã chuyển gửi đến công an");
    }

    @Test
    void summariesCarryNoIdsOfAgenciesOrReferrals() {
        Summary declined = EventSummaries.of(new ReferralDeclined("case-1", "ref-42", "shelter-peace-house",
                AgencyType.SHELTER, "hoan-kiem"));

        assertThat(declined.english()).isEqualTo("Referral declined by a shelter").doesNotContain("ref-42", "peace");
        assertThat(declined.vietnamese()).doesNotContain("ref-42", "peace");
    }

    @Test
    void consentWithdrawalsAndDisclosuresNameTheAgencyTypesButNoFieldOrPerson() {
        Summary changed = EventSummaries.of(new ConsentChanged("case-1", "hoan-kiem", true, Set.of(AgencyType.HEALTH),
                Set.of(AgencyType.SHELTER, AgencyType.POLICE), false, "guardian: Nguyễn Văn A"));
        Summary disclosed = EventSummaries.of(new SurvivorDataDisclosed("case-1", "hoan-kiem", "police-hk",
                AgencyType.POLICE, "lan", List.of("fullName", "phone")));

        assertThat(changed.english()).isEqualTo("Consent changed: withdrawn from the police, a shelter");
        assertThat(changed.vietnamese()).isEqualTo("Sự đồng ý đã thay đổi: rút lại với công an, nơi tạm lánh");
        assertThat(disclosed.english()).isEqualTo("Survivor data disclosed to the police")
                .doesNotContain("fullName", "phone", "lan");
    }

    /** A catalogued type this class has no words for yet. */
    record CaseArchived(String caseId, String ward) implements CaseEvent {
    }

    @Test
    void aKnownTypeWithoutItsOwnWordsIsSummarisedByItsNameNotAsUnknown() {
        assertThat(EventSummaries.of(new CaseArchived("case-1", "ba-vi")))
                .isEqualTo(new Summary("CaseArchived", "CaseArchived"));
        assertThat(TimelineEntry.after(null, envelope(new CaseArchived("case-1", "ba-vi")), RECORDED).ward())
                .isEqualTo("ba-vi");
    }

    @Test
    void aFollowUpSaysWhichKind() {
        var scheduled = new FollowUpScheduled("case-1", "f-1", "FIRST_SAFETY_CHECK", "hoan-kiem", RiskLevel.LOW,
                OCCURRED);

        TimelineEntry entry = TimelineEntry.after(null, envelope(scheduled), RECORDED);

        assertThat(entry.summary().english()).isEqualTo("First safety check scheduled");
        assertThat(entry.ward()).isEqualTo("hoan-kiem");
    }

    @Test
    void anUnknownEventIsKeptAsTheTypeItSaysItIs() {
        TimelineEntry first = TimelineEntry.after(null, envelope(verified), RECORDED);
        TimelineEntry entry = TimelineEntry.after(first, envelope(new UnknownEvent("case-1", "CaseClosed"),
                "CaseClosed"), RECORDED);

        assertThat(entry.seq()).isEqualTo(2);
        assertThat(entry.type()).isEqualTo("CaseClosed");
        assertThat(entry.summary()).isEqualTo(new Summary("Unknown event", "Sự kiện không xác định"));
        assertThat(entry.ward()).isNull();
    }
}
