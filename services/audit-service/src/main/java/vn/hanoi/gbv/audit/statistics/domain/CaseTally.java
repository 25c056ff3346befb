package vn.hanoi.gbv.audit.statistics.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.intake.CaseProfile;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseUpdated;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;

/**
 * What the statistics know of one case: its GBVIMS categories, whether the survivor consents to being counted,
 * and its referrals. From this alone follow the counter cells the case adds to ({@link #cells()}); when an event
 * changes the case, the counters move by the difference between its cells before and after.
 *
 * <p><b>Consent withdrawn:</b> a case counts only while its profile says {@code nonIdentifiableReporting}. A
 * {@code ConsentChanged} that withdraws it removes the case from every counter, including those of months
 * already reported: the survivor asked not to be counted, and a report re-run for a past period honours that.
 * Reports once published are not changed by this; a re-run may show fewer cases. Consent given again puts
 * the case back.
 *
 * @param month     the month the case counts in (its registration, Hanoi time), or null before it is known
 * @param referrals by referral id
 */
public record CaseTally(String caseId, String ward, YearMonth month, String incidentType, CaseProfile profile,
        Boolean consentOverride, Map<String, ReferralTally> referrals) {

    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The ward of the city-wide roll-up cells. */
    public static final String CITY = "*";

    /** A referral's agency type, the month it was made and its outcome: PENDING, ACCEPTED or DECLINED. */
    public record ReferralTally(String agencyType, YearMonth month, String outcome) {
    }

    public static CaseTally empty(String caseId) {
        return new CaseTally(caseId, null, null, null, null, null, Map.of());
    }

    /** The case after {@code event}, which occurred at {@code at}; unchanged by events statistics ignore. */
    public CaseTally apply(CaseEvent event, Instant at) {
        YearMonth eventMonth = YearMonth.from(at.atZone(HANOI));
        if (event instanceof CaseRegistered r) {
            return new CaseTally(caseId, r.ward(), eventMonth, name(r.incidentType()), r.profile() != null ? r.profile()
                    : profile, null, referrals);
        }
        if (event instanceof CaseVerified v) {
            return new CaseTally(caseId, v.ward(), month != null ? month : eventMonth, name(v.incidentType()),
                    v.profile() != null ? v.profile() : profile, consentOverride, referrals);
        }
        if (event instanceof CaseUpdated u) {
            return new CaseTally(caseId, u.ward() != null ? u.ward() : ward, month,
                    u.incidentType() != null ? name(u.incidentType()) : incidentType,
                    u.profile() != null ? u.profile() : profile,
                    // A new profile says its own consent; an earlier ConsentChanged no longer overrides it.
                    u.profile() != null ? null : consentOverride, referrals);
        }
        if (event instanceof ConsentChanged c) {
            return new CaseTally(caseId, ward, month, incidentType, profile, c.nonIdentifiableReporting(), referrals);
        }
        if (event instanceof ReferralCreated c) {
            return withReferral(c.referralId(), new ReferralTally(name(c.agencyType()), eventMonth, "PENDING"), false);
        }
        if (event instanceof ReferralAccepted a) {
            return withReferral(a.referralId(), new ReferralTally(name(a.agencyType()), eventMonth, "ACCEPTED"), true);
        }
        if (event instanceof ReferralDeclined d) {
            return withReferral(d.referralId(), new ReferralTally(name(d.agencyType()), eventMonth, "DECLINED"), true);
        }
        return this;
    }

    private CaseTally withReferral(String referralId, ReferralTally tally, boolean outcome) {
        Map<String, ReferralTally> next = new LinkedHashMap<>(referrals);
        ReferralTally known = next.get(referralId);
        // A referral counts in the month it was made; an outcome changes only its outcome.
        next.put(referralId, known != null && outcome ? new ReferralTally(known.agencyType(), known.month(),
                tally.outcome()) : tally);
        return new CaseTally(caseId, ward, month, incidentType, profile, consentOverride, next);
    }

    /** Whether the survivor's consent to non-identifiable reporting stands. */
    public boolean counted() {
        if (profile == null) {
            return false; // no profile, no consent on record: not counted
        }
        return consentOverride != null ? consentOverride : profile.nonIdentifiableReporting();
    }

    /** Each counter cell this case adds one to, as "month|ward|dimension|value"; a cell may appear twice. */
    public List<String> cells() {
        List<String> cells = new ArrayList<>();
        if (!counted()) {
            return cells;
        }
        if (month != null && ward != null) {
            add(cells, month, "cases", "ALL");
            add(cells, month, "ward", ward);
            add(cells, month, "incidentType", incidentType);
            add(cells, month, "sex", profile.sex());
            add(cells, month, "ageBand", profile.ageBand());
            add(cells, month, "reportSource", profile.reportSource());
            add(cells, month, "reportingDelay", profile.reportingDelay());
            Set<String> contexts = profile.contexts() == null ? Set.of() : profile.contexts();
            contexts.stream().sorted().forEach(context -> add(cells, month, "context", context));
        }
        if (ward != null) {
            for (ReferralTally r : referrals.values()) {
                add(cells, r.month(), "referral", r.agencyType() + ":" + r.outcome());
            }
        }
        return cells;
    }

    private void add(List<String> cells, YearMonth in, String dimension, String value) {
        String v = value == null ? "UNKNOWN" : value;
        // Ward cells serve ward reports, city cells city reports, so neither has to add up the other.
        if (!dimension.equals("ward")) {
            cells.add(in + "|" + ward + "|" + dimension + "|" + v);
        }
        cells.add(in + "|" + CITY + "|" + dimension + "|" + v);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
