package vn.hanoi.gbv.audit.statistics.adapters.persistence;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally.Milestones;
import vn.hanoi.gbv.audit.statistics.domain.CounterMoves;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally.Occurrence;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally.ReferralTally;
import vn.hanoi.gbv.audit.statistics.domain.ReportPeriod;
import vn.hanoi.gbv.audit.statistics.domain.Tallies;
import vn.hanoi.gbv.events.intake.CaseProfile;

/**
 * Tallies in {@code statistics_cases} (one document per case: categories only, no survivor data) and counters in
 * {@code statistics_counters}: one document per month and ward (and per month for the city, ward "*"), keyed
 * {@code month|ward}, holding a count per cell and no case id. Everything is read and written by {@code _id} (and
 * version): a report of a year reads twelve counters, whatever the number of cases.
 */
@Repository
class MongoTallies implements Tallies {

    static final String CASES = "statistics_cases";
    static final String COUNTERS = "statistics_counters";
    private static final int MAX_ATTEMPTS = 20;

    private final MongoTemplate mongo;

    MongoTallies(MongoTemplate mongo) {
        this.mongo = mongo;
        // Version-checked writes find their document through this index on the embedded server too, which uses an
        // index only when a query names exactly its fields.
        for (String collection : List.of(CASES, COUNTERS)) {
            mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on("version", Sort.Direction.ASC).unique().named("id_version"));
        }
    }

    @Override
    public Map<String, Stored> find(Collection<String> caseIds) {
        Map<String, Stored> found = new HashMap<>();
        for (Document d : mongo.find(Query.query(Criteria.where("_id").in(caseIds)), Document.class, CASES)) {
            found.put(d.getString("_id"), stored(d));
        }
        return found;
    }

    private static Stored stored(Document d) {
        String caseId = d.getString("_id");
        Map<String, ReferralTally> referrals = new LinkedHashMap<>();
        Document storedReferrals = d.get("referrals", Document.class);
        if (storedReferrals != null) {
            storedReferrals.forEach((id, r) -> {
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
        return new Stored(tally, d.getList("countedEvents", String.class, List.of()),
                d.get("version", Number.class).longValue(), moves(caseId, d.get("pending", Document.class)));
    }

    @Override
    public boolean save(CaseTally t, List<String> counted, long expectedVersion, CounterMoves moves) {
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
                .append("firstAcceptedAt", dateOf(m.firstAcceptedAt())).append("occurrences", occurrences)
                .append("pending", document(moves));
        if (expectedVersion < 0) {
            try {
                mongo.insert(new Document(state).append("_id", t.caseId()).append("version", 0L)
                        .append("countedEvents", counted), CASES);
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        Update update = new Update();
        state.forEach(update::set);
        update.inc("version", 1L).push("countedEvents").each(counted.toArray());
        return mongo.updateFirst(versioned(t.caseId(), expectedVersion), update, CASES).getModifiedCount() == 1;
    }

    @Override
    public void move(List<CounterMoves> moves) {
        Map<String, List<CounterMoves>> byCounter = new LinkedHashMap<>();
        moves.forEach(m -> m.byCounter().keySet().forEach(key -> byCounter.computeIfAbsent(key, k -> new ArrayList<>()).add(m)));
        Map<String, Document> counters = counters(byCounter.keySet());
        for (var entry : byCounter.entrySet()) {
            String key = entry.getKey();
            Document counter = counters.get(key);
            for (int attempt = 1; ; attempt++) {
                if (moveOnce(key, counter, entry.getValue())) {
                    break;
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConcurrencyFailureException("Counter " + key + " kept changing under us");
                }
                counter = mongo.findById(key, Document.class, COUNTERS);
            }
        }
    }

    /** One version-checked write of the moves {@code counter} has not taken yet; false if it changed meanwhile. */
    private boolean moveOnce(String key, Document counter, List<CounterMoves> moves) {
        List<String> applied = counter == null ? List.of() : counter.getList("applied", String.class, List.of());
        Map<String, Long> deltas = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        for (CounterMoves m : moves) {
            if (!applied.contains(m.token()) && !tokens.contains(m.token())) {
                tokens.add(m.token());
                m.byCounter().get(key).forEach((cell, delta) -> deltas.merge(cell, delta, Long::sum));
            }
        }
        if (tokens.isEmpty()) {
            return true;
        }
        if (counter == null) {
            Document cells = new Document();
            deltas.forEach((cell, delta) -> cells.put(fieldOf(cell), delta));
            String[] monthAndWard = key.split("\\|", 2);
            try {
                mongo.insert(new Document("_id", key).append("month", monthAndWard[0]).append("ward", monthAndWard[1])
                        .append("cells", cells).append("applied", tokens).append("version", 0L), COUNTERS);
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        Update update = new Update().inc("version", 1L).push("applied").each(tokens.toArray());
        deltas.forEach((cell, delta) -> update.inc("cells." + fieldOf(cell), delta));
        long version = counter.get("version", Number.class).longValue();
        return mongo.updateFirst(versioned(key, version), update, COUNTERS).getModifiedCount() == 1;
    }

    @Override
    public void settle(List<CounterMoves> moves) {
        if (moves.isEmpty()) {
            return;
        }
        BulkOperations cases = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CASES);
        Map<String, List<String>> tokensByCounter = new LinkedHashMap<>();
        for (CounterMoves m : moves) {
            // Only if the tally is still at the version these moves came from: a later save holds its own.
            long version = Long.parseLong(m.token().substring(m.token().lastIndexOf('@') + 1));
            cases.updateOne(versioned(m.caseId(), version), new Update().unset("pending"));
            m.byCounter().keySet().forEach(key -> tokensByCounter.computeIfAbsent(key, k -> new ArrayList<>()).add(m.token()));
        }
        cases.execute();
        BulkOperations counters = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COUNTERS);
        tokensByCounter.forEach((key, tokens) -> counters.updateOne(Query.query(Criteria.where("_id").is(key)),
                new Update().pullAll("applied", tokens.toArray())));
        counters.execute();
    }

    @Override
    public Map<String, Long> sums(ReportPeriod period, String ward) {
        List<String> keys = new ArrayList<>();
        for (YearMonth month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
            keys.add(month + "|" + ward);
        }
        Map<String, Long> sums = new HashMap<>();
        counters(keys).values().forEach(counter -> counter.get("cells", Document.class).forEach((field, count) ->
                sums.merge(cellOf(field), ((Number) count).longValue(), Long::sum)));
        return sums;
    }

    private Map<String, Document> counters(Collection<String> keys) {
        Map<String, Document> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(keys)), Document.class, COUNTERS)
                .forEach(d -> found.put(d.getString("_id"), d));
        return found;
    }

    private static Query versioned(String id, long version) {
        return Query.query(Criteria.where("_id").is(id).and("version").is(version));
    }

    /** A cell as a field name: MongoDB reads "." as a path, so it is written as "%2E" (and "%" as "%25"). */
    static String fieldOf(String cell) {
        return cell.replace("%", "%25").replace(".", "%2E");
    }

    static String cellOf(String field) {
        return field.replace("%2E", ".").replace("%25", "%");
    }

    private static Document document(CounterMoves moves) {
        if (moves == null) {
            return null;
        }
        Document byCounter = new Document();
        moves.byCounter().forEach((key, cells) -> {
            Document deltas = new Document();
            cells.forEach((cell, delta) -> deltas.put(fieldOf(cell), delta));
            byCounter.put(fieldOf(key), deltas);
        });
        return new Document("token", moves.token()).append("counters", byCounter);
    }

    private static CounterMoves moves(String caseId, Document pending) {
        if (pending == null) {
            return null;
        }
        Map<String, Map<String, Long>> byCounter = new HashMap<>();
        pending.get("counters", Document.class).forEach((key, cells) -> {
            Map<String, Long> deltas = new HashMap<>();
            ((Document) cells).forEach((cell, delta) -> deltas.put(cellOf(cell), ((Number) delta).longValue()));
            byCounter.put(cellOf(key), deltas);
        });
        return new CounterMoves(pending.getString("token"), caseId, byCounter);
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
}
