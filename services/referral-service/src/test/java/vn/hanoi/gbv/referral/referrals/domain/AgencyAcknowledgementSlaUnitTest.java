package vn.hanoi.gbv.referral.referrals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.referral.directory.domain.Agency;

/** An agency's own acknowledgement deadline replaces the default by risk, but never lengthens immediate danger's. */
class AgencyAcknowledgementSlaUnitTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final AcknowledgementSla DEFAULTS = new AcknowledgementSla(Duration.ofHours(1),
            Duration.ofHours(4), Duration.ofHours(24));
    private static final Agency SHELTER = new Agency("shelter", "x", "x", AgencyType.SHELTER, Set.of("ba-vi"), false,
            null, new Agency.Profile(Set.of(Need.SAFETY), Duration.ofHours(8), null, null));

    private static Instant acknowledgeBy(RiskLevel risk) {
        var verified = new CaseVerified("c", "GBV-C", "ba-vi", IncidentType.PHYSICAL_ASSAULT, risk, Set.of(Need.SAFETY),
                Set.of(AgencyType.SHELTER));
        return Referral.create("r", verified, new Routing.Destination(SHELTER, Need.SAFETY), NOW, DEFAULTS)
                .acknowledgeBy();
    }

    @Test
    void theAgencysOwnDeadlineAppliesExceptInImmediateDanger() {
        assertThat(acknowledgeBy(RiskLevel.HIGH)).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(acknowledgeBy(RiskLevel.IMMEDIATE_DANGER)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }
}
