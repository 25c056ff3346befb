package vn.hanoi.gbv.referral.referrals.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * How long an agency has to acknowledge a referral, by the case's risk: the greater the danger, the sooner
 * someone must have seen it. The deadline is fixed when the referral is made, so a later change of settings does
 * not move the deadlines of referrals already sent.
 */
public record AcknowledgementSla(Duration immediateDanger, Duration high, Duration other) {

    public AcknowledgementSla {
        Objects.requireNonNull(immediateDanger, "immediateDanger");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(other, "other");
    }

    public Instant dueAt(RiskLevel risk, Instant sentAt) {
        Duration allowed = risk == RiskLevel.IMMEDIATE_DANGER ? immediateDanger : risk == RiskLevel.HIGH ? high : other;
        return sentAt.plus(allowed);
    }
}
