package vn.hanoi.gbv.referral.webhooks.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.webhooks.WebhookProperties;
import vn.hanoi.gbv.referral.webhooks.domain.RetrySchedule;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDeliveries;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDelivery;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookSignature;

/**
 * The webhook timer: sends each delivery that is due, signed with its agency's secret. A try is counted and the
 * next one scheduled before the request goes out, with a version check, so two passes never send the same try and
 * a crash mid-request means a retry, not a loss (at least once: the receiver dedupes by {@code X-GBV-Delivery}).
 * The lock keeps instances from working in parallel; the version check is what makes a try happen once.
 */
@Service
public class DeliveryDispatch {

    public static final String DELIVERY_HEADER = "X-GBV-Delivery";
    public static final String EVENT_HEADER = "X-GBV-Event";

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatch.class);
    private static final int BATCH = 100;
    /** Stop starting tries well before the lock (5 min) could expire and let another instance in. */
    private static final Duration PASS_BUDGET = Duration.ofMinutes(3);

    private final WebhookDeliveries deliveries;
    private final AgencyDirectory directory;
    private final WebhookSecrets secrets;
    private final WebhookSettingsCheck settings;
    private final WebhookSender sender;
    private final RetrySchedule schedule;
    private final Clock clock;

    public DeliveryDispatch(WebhookDeliveries deliveries, AgencyDirectory directory, WebhookSecrets secrets,
            WebhookSettingsCheck settings, WebhookSender sender, WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.directory = directory;
        this.secrets = secrets;
        this.settings = settings;
        this.sender = sender;
        this.schedule = properties.retrySchedule();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gbv.referral.webhooks.check-interval:PT30S}")
    @SchedulerLock(name = "referral-webhook-dispatch", lockAtMostFor = "PT5M")
    public void run() {
        deliverDueNow();
    }

    /** One pass; returns how many deliveries reached their agency now. */
    public int deliverDueNow() {
        long stopAt = System.nanoTime() + PASS_BUDGET.toNanos();
        Set<String> unreachable = new HashSet<>();
        int delivered = 0;
        for (WebhookDelivery due : deliveries.due(clock.instant(), BATCH)) {
            if (System.nanoTime() > stopAt) {
                break;
            }
            if (unreachable.contains(due.agencyId())) {
                continue; // not counted as a try: the agency's server did not answer this pass at all
            }
            try {
                switch (attempt(due)) {
                    case DELIVERED -> delivered++;
                    case UNREACHABLE -> unreachable.add(due.agencyId());
                    default -> { }
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.debug("Webhook delivery {} changed during the pass", due.id());
            } catch (RuntimeException e) {
                // One broken delivery must not stop the others; it is due again at its next try.
                log.warn("Webhook delivery {} to {} not sent: {}", due.id(), due.agencyId(), e.getClass().getSimpleName());
            }
        }
        return delivered;
    }

    private enum Tried { DELIVERED, FAILED, UNREACHABLE, PARKED }

    private Tried attempt(WebhookDelivery delivery) {
        Instant now = clock.instant();
        if (delivery.lastAttemptNeverReported(schedule)) {
            return park(delivery, "no-answer-recorded", now);
        }
        Optional<Agency> agency = directory.byId(delivery.agencyId());
        if (agency.isEmpty() || agency.get().webhook() == null || !agency.get().webhook().enabled()) {
            return park(delivery, "webhook-disabled", now);
        }
        Optional<String> problem = settings.problemOf(agency.get());
        Optional<String> secret = secrets.of(agency.get().webhook());
        if (problem.isPresent() || secret.isEmpty()) {
            return park(delivery, "webhook-settings-invalid", now);
        }
        delivery.startAttempt(schedule, now);
        delivery = deliveries.update(delivery);

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSignature.HEADER, WebhookSignature.header(secret.get(), now.getEpochSecond(),
                delivery.body()));
        headers.put(DELIVERY_HEADER, delivery.id());
        headers.put(EVENT_HEADER, delivery.eventType());
        WebhookSender.Result result = sender.post(agency.get().webhook().url(), headers, delivery.body());

        if (result.delivered()) {
            delivery.delivered(result.outcome(), clock.instant());
            deliveries.update(delivery);
            return Tried.DELIVERED;
        }
        delivery.failed(result.outcome(), schedule, clock.instant());
        deliveries.update(delivery);
        if (delivery.status() == WebhookDelivery.Status.PARKED) {
            log.warn("Webhook delivery {} ({} of referral {}) to {} parked after {} tries; last: {}", delivery.id(),
                    delivery.eventType(), delivery.referralId(), delivery.agencyId(), delivery.attempts(),
                    result.outcome());
            return Tried.PARKED;
        }
        log.info("Webhook delivery {} to {} failed (try {}: {}); next try at {}", delivery.id(), delivery.agencyId(),
                delivery.attempts(), result.outcome(), delivery.nextAttemptAt());
        return result.unreachable() ? Tried.UNREACHABLE : Tried.FAILED;
    }

    private Tried park(WebhookDelivery delivery, String outcome, Instant now) {
        delivery.park(outcome, now);
        deliveries.update(delivery);
        log.warn("Webhook delivery {} to {} parked: {}", delivery.id(), delivery.agencyId(), outcome);
        return Tried.PARKED;
    }
}
