package vn.hanoi.gbv.intake.cases.application;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.intake.config.IntakeProperties;

/**
 * A case left unverified past its deadline escalates once: the case records it, so a second pass (or a second
 * instance, which the lock keeps out anyway) finds nothing to do. Runs every minute; survives restarts because
 * the state it reads is the cases themselves.
 */
@Service
public class VerificationDeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(VerificationDeadlineWatch.class);
    private static final Actor ACTOR = Actor.service("intake-service");

    private final Cases cases;
    private final Clock clock;
    private final IntakeProperties properties;

    public VerificationDeadlineWatch(Cases cases, Clock clock, IntakeProperties properties) {
        this.cases = cases;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${gbv.intake.verification-check-interval:PT1M}")
    @SchedulerLock(name = "verification-deadline-watch", lockAtMostFor = "PT5M")
    public void escalateOverdue() {
        escalateOverdueNow();
    }

    /** One pass; returns how many cases were escalated. */
    public int escalateOverdueNow() {
        Instant now = clock.instant();
        int escalated = 0;
        for (GbvCase gbvCase : cases.unverifiedRegisteredBefore(now.minus(properties.verificationDeadline()), 200)) {
            if (gbvCase.markVerificationOverdue(gbvCase.registeredAt().plus(properties.verificationDeadline()), now)) {
                try {
                    cases.update(gbvCase, ACTOR);
                    escalated++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // Verified or edited just now: the next pass looks again.
                    log.debug("Case {} changed during the deadline check", gbvCase.id());
                }
            }
        }
        return escalated;
    }
}
