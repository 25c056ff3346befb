package vn.hanoi.gbv.events;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hanoi.gbv.events.audit.TimelineCheckpointed;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.CaseClosureRejected;
import vn.hanoi.gbv.events.followup.CaseClosureRequested;
import vn.hanoi.gbv.events.followup.CaseReopened;
import vn.hanoi.gbv.events.followup.FollowUpCancelled;
import vn.hanoi.gbv.events.followup.FollowUpEscalated;
import vn.hanoi.gbv.events.followup.FollowUpOverdue;
import vn.hanoi.gbv.events.followup.FollowUpRecorded;
import vn.hanoi.gbv.events.followup.NewNeedsIdentified;
import vn.hanoi.gbv.events.followup.FollowUpScheduled;
import vn.hanoi.gbv.events.intake.CaseAccessed;
import vn.hanoi.gbv.events.intake.CaseLinked;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseUpdated;
import vn.hanoi.gbv.events.intake.CaseVerificationOverdue;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.events.intake.SurvivorDataDisclosed;
import vn.hanoi.gbv.events.intake.CaseRejected;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.nocontact.NoContactCancelled;
import vn.hanoi.gbv.events.nocontact.NoContactDecisionOverdue;
import vn.hanoi.gbv.events.nocontact.NoContactExpired;
import vn.hanoi.gbv.events.nocontact.NoContactIssued;
import vn.hanoi.gbv.events.nocontact.NoContactRefused;
import vn.hanoi.gbv.events.nocontact.NoContactRequested;
import vn.hanoi.gbv.events.referral.AgencyDirectoryChanged;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.events.referral.ConsentOverridden;
import vn.hanoi.gbv.events.referral.ReferralAcknowledged;
import vn.hanoi.gbv.events.referral.ReferralCompleted;
import vn.hanoi.gbv.events.referral.ReferralEscalated;
import vn.hanoi.gbv.events.referral.ReferralNeedsSupervisor;
import vn.hanoi.gbv.events.referral.ReferralNoteAdded;
import vn.hanoi.gbv.events.referral.ReferralRerouted;
import vn.hanoi.gbv.events.referral.ReferralRevoked;

/**
 * Every event type by name, the topic it is published on and its schema version. The name is the record's
 * simple name, and it is what the envelope's {@code type} says.
 */
public final class EventCatalog {

    /** One known event type. */
    public record Entry(String type, Class<? extends CaseEvent> payloadClass, String topic, int schemaVersion) {
    }

    private static final Map<String, Entry> BY_TYPE = Stream.of(
                    // Version 2 added the statistical profile (absent, so null, in version 1).
                    entry(CaseRegistered.class, Topics.INTAKE, 2),
                    entry(CaseVerified.class, Topics.INTAKE, 2),
                    entry(CaseRejected.class, Topics.INTAKE),
                    entry(EmergencyCaseRegistered.class, Topics.INTAKE),
                    entry(CaseUpdated.class, Topics.INTAKE),
                    entry(ConsentChanged.class, Topics.INTAKE),
                    entry(CaseVerificationOverdue.class, Topics.INTAKE),
                    entry(CaseAccessed.class, Topics.INTAKE),
                    entry(SurvivorDataDisclosed.class, Topics.INTAKE),
                    entry(CaseLinked.class, Topics.INTAKE),
                    entry(ReferralCreated.class, Topics.REFERRAL),
                    entry(ReferralAccepted.class, Topics.REFERRAL),
                    entry(ReferralDeclined.class, Topics.REFERRAL),
                    entry(ReferralAcknowledged.class, Topics.REFERRAL),
                    entry(ReferralCompleted.class, Topics.REFERRAL),
                    entry(ReferralRevoked.class, Topics.REFERRAL),
                    entry(ReferralRerouted.class, Topics.REFERRAL),
                    entry(ReferralNeedsSupervisor.class, Topics.REFERRAL),
                    entry(ReferralEscalated.class, Topics.REFERRAL),
                    entry(ConsentOverridden.class, Topics.REFERRAL),
                    // The note's text stays in referral (encrypted): the event says only that one was added.
                    entry(ReferralNoteAdded.class, Topics.REFERRAL),
                    // The People's Committee no-contact decision (Art. 25), published by referral-service.
                    entry(NoContactRequested.class, Topics.REFERRAL),
                    entry(NoContactIssued.class, Topics.REFERRAL),
                    entry(NoContactRefused.class, Topics.REFERRAL),
                    entry(NoContactDecisionOverdue.class, Topics.REFERRAL),
                    entry(NoContactExpired.class, Topics.REFERRAL),
                    entry(NoContactCancelled.class, Topics.REFERRAL),
                    // Not about a case: keyed "directory" (see the record).
                    entry(AgencyDirectoryChanged.class, Topics.REFERRAL),
                    entry(FollowUpScheduled.class, Topics.FOLLOWUP),
                    entry(FollowUpRecorded.class, Topics.FOLLOWUP),
                    entry(NewNeedsIdentified.class, Topics.FOLLOWUP),
                    entry(FollowUpOverdue.class, Topics.FOLLOWUP),
                    entry(FollowUpEscalated.class, Topics.FOLLOWUP),
                    entry(FollowUpCancelled.class, Topics.FOLLOWUP),
                    entry(CaseClosureRequested.class, Topics.FOLLOWUP),
                    entry(CaseClosureRejected.class, Topics.FOLLOWUP),
                    entry(CaseClosed.class, Topics.FOLLOWUP),
                    entry(CaseReopened.class, Topics.FOLLOWUP),
                    entry(TimelineCheckpointed.class, Topics.AUDIT_CHECKPOINTS))
            .collect(Collectors.toUnmodifiableMap(Entry::type, Function.identity()));

    private static Entry entry(Class<? extends CaseEvent> payloadClass, String topic) {
        return entry(payloadClass, topic, 1);
    }

    private static Entry entry(Class<? extends CaseEvent> payloadClass, String topic, int schemaVersion) {
        return new Entry(payloadClass.getSimpleName(), payloadClass, topic, schemaVersion);
    }

    public static Optional<Entry> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Entry of(CaseEvent event) {
        return byType(event.getClass().getSimpleName())
                .orElseThrow(() -> new IllegalArgumentException("Not a catalogued event: " + event.getClass()));
    }

    public static Iterable<Entry> all() {
        return BY_TYPE.values();
    }

    private EventCatalog() {
    }
}
