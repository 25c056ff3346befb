package vn.hanoi.gbv.referral.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.hanoi.gbv.referral.referrals.domain.AcknowledgementSla;

/**
 * How long an agency has to acknowledge a referral, by the case's risk, and how often the escalation pass runs.
 * Defaults follow issue 4: one hour in immediate danger, four when high, a day otherwise.
 *
 * @param immediateDanger deadline for a case in immediate danger
 * @param high            deadline for a case at high risk
 * @param other           deadline for every other case
 * @param checkInterval   how often the pass looks for overdue referrals (each instance; one acts at a time)
 * @param rerouteGrace    how old an unfinished re-route must be before the pass finishes it (the request that
 *                        declined normally finishes it itself within milliseconds)
 */
@ConfigurationProperties("gbv.referral.sla")
public record SlaProperties(
        @DefaultValue("1h") Duration immediateDanger,
        @DefaultValue("4h") Duration high,
        @DefaultValue("24h") Duration other,
        @DefaultValue("1m") Duration checkInterval,
        @DefaultValue("1m") Duration rerouteGrace) {

    public AcknowledgementSla acknowledgementSla() {
        return new AcknowledgementSla(immediateDanger, high, other);
    }
}
