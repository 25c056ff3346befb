package vn.hanoi.gbv.intake.cases.application;

import java.time.Instant;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.CaseReopened;
import vn.hanoi.gbv.events.followup.FollowUpRecorded;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;

/**
 * Keeps the case's status in step with what referral and follow-up report: referred, in follow-up, closed,
 * reopened. Applying an event twice changes nothing (the case records facts, and closing and reopening are
 * ordered by when they happened), so redelivery is harmless.
 */
@Service
public class CaseProgressTracking {

    private static final Logger log = LoggerFactory.getLogger(CaseProgressTracking.class);
    private static final Actor ACTOR = Actor.service("intake-service");
    private static final int ATTEMPTS = 5;

    private final Cases cases;

    public CaseProgressTracking(Cases cases) {
        this.cases = cases;
    }

    public void on(EventEnvelope<CaseEvent> event) {
        CaseEvent payload = event.payload();
        if (payload instanceof ReferralCreated) {
            apply(event, GbvCase::referred);
        } else if (payload instanceof ReferralAccepted || payload instanceof FollowUpRecorded) {
            apply(event, GbvCase::followUpStarted);
        } else if (payload instanceof CaseClosed) {
            apply(event, GbvCase::closed);
        } else if (payload instanceof CaseReopened) {
            apply(event, GbvCase::reopened);
        }
    }

    private void apply(EventEnvelope<CaseEvent> event, BiPredicate<GbvCase, Instant> change) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            var found = cases.byId(event.caseId());
            if (found.isEmpty()) {
                log.info("Event {} names case {}, which intake does not hold", event.eventId(), event.caseId());
                return;
            }
            GbvCase gbvCase = found.get();
            if (!change.test(gbvCase, event.occurredAt())) {
                return;
            }
            try {
                cases.update(gbvCase, ACTOR);
                return;
            } catch (OptimisticLockingFailureException editedMeanwhile) {
                // A person saved the case at the same moment: read it again and re-apply.
                log.debug("Case {} changed meanwhile; attempt {}", event.caseId(), attempt);
            }
        }
        throw new OptimisticLockingFailureException("Case " + event.caseId() + " kept changing; retried " + ATTEMPTS);
    }
}
