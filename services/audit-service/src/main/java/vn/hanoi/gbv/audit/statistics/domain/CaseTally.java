package vn.hanoi.gbv.audit.statistics.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.FollowUpOverdue;
import vn.hanoi.gbv.events.intake.CaseProfile;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseUpdated;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCompleted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.events.referral.ReferralEscalated;
import vn.hanoi.gbv.events.referral.ReferralRevoked;

/**
 * What the statistics know of one case: its GBVIMS categories, whether the survivor consents to being counted,
 * its referrals, when it reached its milestones and what happened to it (overdue follow-ups, closures). From this
 * alone follow the counter cells the case adds to ({@link #cells()}); when an event changes the case, the
 * counters move by the difference between its cells before and after. So the order events arrive in does not
 * matter: an acceptance read before the registration counts once both are known.
 *
 * <p><b>Consent withdrawn:</b> a case counts only while its profile says {@code nonIdentifiableReporting}. A
 * {@code ConsentChanged} that withdraws it removes the case from every counter, including those of months
 * already reported: the survivor asked not to be counted, and a report re-run for a past period honours that.
 * Reports once published are not changed by this; a re-run may show fewer cases. Consent given again puts
 * the case back.
 *
 * @param month       the month the case counts in (its registration, Hanoi time), or null before it is known
 * @param referrals   by referral id
 * @param milestones  when the case was registered, first verified and first had a referral accepted
 * @param occurrences things counted in the month they happened (an overdue follow-up, a closure), by a key that
 *                    makes each count once
 */
public record CaseTally(String caseId, String ward, YearMonth month, String incidentType, CaseProfile profile,
        Boolean consentOverride, Map<String, ReferralTally> referrals, Milestones milestones,
        Map<String, Occurrence> occurrences) {

    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The ward of the city-wide roll-up cells. */
    public static final String CITY = "*";
    /** The histogram dimensions of the medians (see {@link DurationBuckets}). */
    public static final String TO_VERIFICATION = "registrationToVerification";
    public static final String TO_ACCEPTANCE = "registrationToFirstAcceptance";

    /**
     * A referral's agency type, the month it was made, its outcome (PENDING, ACCEPTED, DECLINED, REVOKED or the
     * coded outcome of its completion) and the month its agency missed the acknowledgement deadline, or null.
     */
    public record ReferralTally(String agencyType, YearMonth month, String outcome, YearMonth escalated) {
    }

    /** Each null until known; the first verification and the earliest acceptance are kept. */
    public record Milestones(Instant registeredAt, Instant verifiedAt, Instant firstAcceptedAt) {

        static final Milestones NONE = new Milestones(null, null, null);
    }

    /** One count in {@code dimension|value} in the month it happened. */
    public record Occurrence(YearMonth month, String dimension, String value) {
    }

    public static CaseTally empty(String caseId) {
        return new CaseTally(caseId, null, null, null, null, null, Map.of(), Milestones.NONE, Map.of());
    }

    /** The case after {@code event}, which occurred at {@code at}; unchanged by events statistics ignore. */
    public CaseTally apply(CaseEvent event, Instant occurredAt) {
        // Milliseconds, as stored: a tally read back must give the very cells it gave before it was saved.
        Instant at = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        YearMonth eventMonth = YearMonth.from(at.atZone(HANOI));
        if (event instanceof CaseRegistered r) {
            return new CaseTally(caseId, r.ward(), eventMonth, name(r.incidentType()), r.profile() != null ? r.profile()
                    : profile, null, referrals, new Milestones(at, milestones.verifiedAt(),
                    milestones.firstAcceptedAt()), occurrences);
        }
        if (event instanceof CaseVerified v) {
            return new CaseTally(caseId, v.ward(), month != null ? month : eventMonth, name(v.incidentType()),
                    v.profile() != null ? v.profile() : profile, consentOverride, referrals,
                    new Milestones(milestones.registeredAt(), earliest(milestones.verifiedAt(), at),
                            milestones.firstAcceptedAt()), occurrences);
        }
        if (event instanceof CaseUpdated u) {
            return new CaseTally(caseId, u.ward() != null ? u.ward() : ward, month,
                    u.incidentType() != null ? name(u.incidentType()) : incidentType,
                    u.profile() != null ? u.profile() : profile,
                    // A new profile says its own consent; an earlier ConsentChanged no longer overrides it.
                    u.profile() != null ? null : consentOverride, referrals, milestones, occurrences);
        }
        if (event instanceof ConsentChanged c) {
            return new CaseTally(caseId, ward, month, incidentType, profile, c.nonIdentifiableReporting(), referrals,
                    milestones, occurrences);
        }
        if (event instanceof ReferralCreated c) {
            return withReferral(c.referralId(), name(c.agencyType()), eventMonth, null, false).madeIn(c.referralId(), eventMonth);
        }
        if (event instanceof ReferralAccepted a) {
            CaseTally accepted = withReferral(a.referralId(), name(a.agencyType()), eventMonth, "ACCEPTED", false);
            return new CaseTally(caseId, accepted.ward, month, incidentType, profile, consentOverride,
                    accepted.referrals, new Milestones(milestones.registeredAt(), milestones.verifiedAt(),
                    earliest(milestones.firstAcceptedAt(), at)), occurrences);
        }
        if (event instanceof ReferralDeclined d) {
            return withReferral(d.referralId(), name(d.agencyType()), eventMonth, "DECLINED", false);
        }
        if (event instanceof ReferralCompleted c) {
            return withReferral(c.referralId(), name(c.agencyType()), eventMonth,
                    c.outcome() == null ? "COMPLETED" : c.outcome().name(), false);
        }
        if (event instanceof ReferralRevoked r) {
            return withReferral(r.referralId(), name(r.agencyType()), eventMonth, "REVOKED", false);
        }
        if (event instanceof ReferralEscalated e) {
            return withReferral(e.referralId(), name(e.agencyType()), eventMonth, null, true);
        }
        if (event instanceof FollowUpOverdue o) {
            return withOccurrence("followUpOverdue:" + o.followUpId(), new Occurrence(eventMonth, "followUpOverdue",
                    o.kind()));
        }
        if (event instanceof CaseClosed c) {
            // Closed, reopened and closed again is two closures: keyed by when, as one event has one time.
            return withOccurrence("closure:" + at.toEpochMilli(), new Occurrence(eventMonth, "closure",
                    name(c.cause())));
        }
        return this;
    }

    /**
     * A referral counts in the month it was made; an outcome changes only its outcome, an escalation only its
     * escalation month (the first). A referral first heard of through an outcome counts in that event's month.
     */
    private CaseTally withReferral(String referralId, String agencyType, YearMonth at, String outcome,
            boolean escalation) {
        Map<String, ReferralTally> next = new LinkedHashMap<>(referrals);
        ReferralTally known = next.getOrDefault(referralId, new ReferralTally(agencyType, at, "PENDING", null));
        next.put(referralId, new ReferralTally(known.agencyType() != null ? known.agencyType() : agencyType,
                known.month(), outcome != null ? outcome : known.outcome(),
                escalation && known.escalated() == null ? at : known.escalated()));
        return new CaseTally(caseId, ward, month, incidentType, profile, consentOverride, next, milestones,
                occurrences);
    }

    /** The referral counts in the month it was made, even if its outcome was heard of first. */
    private CaseTally madeIn(String referralId, YearMonth made) {
        Map<String, ReferralTally> next = new LinkedHashMap<>(referrals);
        ReferralTally r = next.get(referralId);
        next.put(referralId, new ReferralTally(r.agencyType(), made, r.outcome(), r.escalated()));
        return new CaseTally(caseId, ward, month, incidentType, profile, consentOverride, next, milestones,
                occurrences);
    }

    private CaseTally withOccurrence(String key, Occurrence occurrence) {
        Map<String, Occurrence> next = new LinkedHashMap<>(occurrences);
        next.putIfAbsent(key, occurrence);
        return new CaseTally(caseId, ward, month, incidentType, profile, consentOverride, referrals, milestones, next);
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
        if (!counted() || ward == null) {
            return cells;
        }
        if (month != null) {
            add(cells, month, "cases", "ALL");
            add(cells, month, "ward", ward);
            add(cells, month, "incidentType", incidentType);
            add(cells, month, "sex", profile.sex());
            add(cells, month, "ageBand", profile.ageBand());
            add(cells, month, "reportSource", profile.reportSource());
            add(cells, month, "reportingDelay", profile.reportingDelay());
            Set<String> contexts = profile.contexts() == null ? Set.of() : profile.contexts();
            contexts.stream().sorted().forEach(context -> add(cells, month, "context", context));
            // The times count in the month of registration: the report of a month tells how its cases fared.
            Instant registered = milestones.registeredAt();
            if (registered != null && milestones.verifiedAt() != null) {
                add(cells, month, TO_VERIFICATION, DurationBuckets.bucketOf(
                        Duration.between(registered, milestones.verifiedAt())));
            }
            if (registered != null && milestones.firstAcceptedAt() != null) {
                add(cells, month, TO_ACCEPTANCE, DurationBuckets.bucketOf(
                        Duration.between(registered, milestones.firstAcceptedAt())));
            }
        }
        for (ReferralTally r : referrals.values()) {
            add(cells, r.month(), "referral", r.agencyType() + ":" + r.outcome());
            if (r.escalated() != null) {
                add(cells, r.escalated(), "slaBreach", r.agencyType());
            }
        }
        for (Occurrence o : occurrences.values()) {
            add(cells, o.month(), o.dimension(), o.value());
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

    private static Instant earliest(Instant known, Instant at) {
        return known == null || at.isBefore(known) ? at : known;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
