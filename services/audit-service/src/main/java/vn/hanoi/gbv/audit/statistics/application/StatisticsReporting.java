package vn.hanoi.gbv.audit.statistics.application;

import org.springframework.stereotype.Service;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally;
import vn.hanoi.gbv.audit.statistics.domain.ReportPeriod;
import vn.hanoi.gbv.audit.statistics.domain.StatisticsReport;
import vn.hanoi.gbv.audit.statistics.domain.Tallies;

/** Reports for a period, city-wide or for one ward. */
@Service
public class StatisticsReporting {

    private final Tallies tallies;

    public StatisticsReporting(Tallies tallies) {
        this.tallies = tallies;
    }

    /** @param ward the ward, or null city-wide */
    public StatisticsReport report(ReportPeriod period, String ward) {
        return StatisticsReport.of(period, ward, tallies.sums(period, ward == null ? CaseTally.CITY : ward));
    }
}
