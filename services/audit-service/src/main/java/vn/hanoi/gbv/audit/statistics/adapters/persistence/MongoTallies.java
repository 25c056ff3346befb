package vn.hanoi.gbv.audit.statistics.adapters.persistence;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally.Milestones;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally.Occurrence;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally.ReferralTally;
import vn.hanoi.gbv.audit.statistics.domain.ReportPeriod;
import vn.hanoi.gbv.audit.statistics.domain.Tallies;
import vn.hanoi.gbv.events.intake.CaseProfile;

/**
 * Tallies in {@code statistics_cases} (one document per case: categories only, no survivor data) and counters
 * in {@code statistics_counters} (one document per month, ward, dimension and value, holding a count and no
 * case id).
 */
@Repository
class MongoTallies implements Tallies {

    static final String CASES = "statistics_cases";
    static final String COUNTERS = "statistics_counters";

    private final MongoTemplate mongo;

    MongoTallies(MongoTemplate mongo) {
        this.mongo = mongo;
        // A report reads one ward's (or the city's) counters over a range of months.
        mongo.indexOps(COUNTERS).createIndex(new Index().on("ward", Sort.Direction.ASC).on("month", Sort.Direction.ASC)
                .named("ward_month"));
    }

    @Override
    public Optional<Stored> find(String caseId) {
        Document d = mongo.findById(caseId, Document.class, CASES);
        if (d == null) {
            return Optional.empty();
        }
        Map<String, ReferralTally> referrals = new LinkedHashMap<>();
        Document stored = d.get("referrals", Document.class);
        if (stored != null) {
            stored.forEach((id, r) -> {
                Document referral = (Document) r;
                referrals.put(id, new ReferralTally(referral.getString("agencyType"),
                        YearMonth.parse(referral.getString("month")), referral.getString("outcome"),
                        monthOf(referral.getString("escalated"))));
            });
        }
        Document p = d.get("profile", Document.class);
        CaseProfile profile = p == null ? null : new CaseProfile(p.getString("ageBand"), p.getString("sex"),
                p.getList("contexts", String.class) == null ? null : new java.util.HashSet<>(p.getList("contexts", String.class)),
                p.getString("reportSource"), p.getString("reportingDelay"), p.getBoolean("nonIdentifiableReporting", false));
        CaseTally tally = new CaseTally(caseId, d.getString("ward"),
                d.getString("month") == null ? null : YearMonth.parse(d.getString("month")), d.getString("incidentType"),
                profile, d.getBoolean("consentOverride"), referrals, new Milestones(instantOf(d.getDate("registeredAt")),
                instantOf(d.getDate("verifiedAt")), instantOf(d.getDate("firstAcceptedAt"))), occurrences(d));
        return Optional.of(new Stored(tally, d.getList("countedEvents", String.class, List.of()),
                d.get("version", Number.class).longValue()));
    }

    @Override
    public boolean save(CaseTally t, String eventId, long expectedVersion) {
        Document referrals = new Document();
        t.referrals().forEach((id, r) -> referrals.put(id, new Document("agencyType", r.agencyType())
                .append("month", r.month().toString()).append("outcome", r.outcome())
                .append("escalated", r.escalated() == null ? null : r.escalated().toString())));
        List<Document> occurrences = new ArrayList<>();
        t.occurrences().forEach((key, o) -> occurrences.add(new Document("key", key)
                .append("month", o.month().toString()).append("dimension", o.dimension()).append("value", o.value())));
        Milestones m = t.milestones();
        CaseProfile p = t.profile();
        Document profile = p == null ? null : new Document("ageBand", p.ageBand()).append("sex", p.sex())
                .append("contexts", p.contexts() == null ? null : new ArrayList<>(p.contexts()))
                .append("reportSource", p.reportSource()).append("reportingDelay", p.reportingDelay())
                .append("nonIdentifiableReporting", p.nonIdentifiableReporting());
        Document state = new Document("ward", t.ward()).append("month", t.month() == null ? null : t.month().toString())
                .append("incidentType", t.incidentType()).append("profile", profile)
                .append("consentOverride", t.consentOverride()).append("referrals", referrals)
                .append("registeredAt", dateOf(m.registeredAt())).append("verifiedAt", dateOf(m.verifiedAt()))
                .append("firstAcceptedAt", dateOf(m.firstAcceptedAt())).append("occurrences", occurrences);
        if (expectedVersion < 0) {
            try {
                mongo.insert(new Document(state).append("_id", t.caseId()).append("version", 0L)
                        .append("countedEvents", List.of(eventId)), CASES);
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        Update update = new Update();
        state.forEach(update::set);
        update.inc("version", 1).push("countedEvents", eventId);
        var query = Query.query(Criteria.where("_id").is(t.caseId()).and("version").is(expectedVersion));
        return mongo.updateFirst(query, update, CASES).getModifiedCount() == 1;
    }

    private static Map<String, Occurrence> occurrences(Document d) {
        Map<String, Occurrence> occurrences = new LinkedHashMap<>();
        for (Document o : d.getList("occurrences", Document.class, List.of())) {
            occurrences.put(o.getString("key"), new Occurrence(YearMonth.parse(o.getString("month")),
                    o.getString("dimension"), o.getString("value")));
        }
        return occurrences;
    }

    private static YearMonth monthOf(String month) {
        return month == null ? null : YearMonth.parse(month);
    }

    private static Instant instantOf(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Date dateOf(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    @Override
    public void add(Map<String, Long> deltas) {
        deltas.forEach((cell, delta) -> {
            String[] parts = cell.split("\\|", 4);
            Update update = new Update().inc("count", delta).setOnInsert("month", parts[0]).setOnInsert("ward", parts[1])
                    .setOnInsert("dimension", parts[2]).setOnInsert("value", parts[3]);
            mongo.upsert(Query.query(Criteria.where("_id").is(cell)), update, COUNTERS);
        });
    }

    @Override
    public Map<String, Long> sums(ReportPeriod period, String ward) {
        var query = Query.query(Criteria.where("ward").is(ward).and("month").gte(period.from().toString())
                .lte(period.to().toString()));
        query.fields().include("dimension", "value", "count");
        Map<String, Long> sums = new HashMap<>();
        for (Document counter : mongo.find(query, Document.class, COUNTERS)) {
            sums.merge(counter.getString("dimension") + "|" + counter.getString("value"),
                    counter.get("count", Number.class).longValue(), Long::sum);
        }
        return sums;
    }
}
