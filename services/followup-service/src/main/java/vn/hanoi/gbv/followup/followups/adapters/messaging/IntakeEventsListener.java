package vn.hanoi.gbv.followup.followups.adapters.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.followup.followups.application.FollowUpPlanning;

/**
 * Reads intake's events: a verified case, or one in immediate danger before verification, gets its first
 * safety check. Everything else intake says (including survivor-data disclosures) is not follow-up's business.
 */
@Component
class IntakeEventsListener {

    private final FollowUpPlanning planning;

    IntakeEventsListener(FollowUpPlanning planning) {
        this.planning = planning;
    }

    @KafkaListener(topics = Topics.INTAKE)
    void on(EventEnvelope<CaseEvent> envelope) {
        if (envelope.payload() instanceof EmergencyCaseRegistered emergency) {
            planning.emergencyRegistered(emergency, envelope.occurredAt());
        } else if (envelope.payload() instanceof CaseVerified verified) {
            planning.caseVerified(verified, envelope.occurredAt());
        }
    }
}
