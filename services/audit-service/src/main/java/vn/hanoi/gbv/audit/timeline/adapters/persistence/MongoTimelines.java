package vn.hanoi.gbv.audit.timeline.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.audit.timeline.adapters.persistence.TimelineEntryDocument.StoredAccess;
import vn.hanoi.gbv.audit.timeline.adapters.persistence.TimelineEntryDocument.StoredActor;
import vn.hanoi.gbv.audit.timeline.domain.AccessDetail;
import vn.hanoi.gbv.audit.timeline.domain.AppendOutcome;
import vn.hanoi.gbv.audit.timeline.domain.ChainLink;
import vn.hanoi.gbv.audit.timeline.domain.Summary;
import vn.hanoi.gbv.audit.timeline.domain.TimelineEntry;
import vn.hanoi.gbv.audit.timeline.domain.Timelines;
import vn.hanoi.gbv.events.Actor;

/** Case timelines in MongoDB, one document per entry. */
@Repository
class MongoTimelines implements Timelines {

    static final String COLLECTION = "timeline_entries";
    private static final String CASE_ID = "caseId";
    private static final String SEQ = "seq";
    private static final String EVENT_ID = "eventId";
    private static final String OCCURRED_AT = "occurredAt";
    private static final String ACCESS = "access";
    private static final String ACCESS_PERSON = "access.person";

    private final MongoTemplate mongo;

    MongoTimelines(MongoTemplate mongo) {
        this.mongo = mongo;
        // Created here, not left to auto-index-creation: without the unique ones an event could be recorded twice
        // or a timeline fork, so they must exist whatever the settings say.
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on(EVENT_ID, Sort.Direction.ASC).unique().named("event_once"));
        indexes.createIndex(new Index().on(CASE_ID, Sort.Direction.ASC).on(SEQ, Sort.Direction.ASC).unique()
                .named("case_seq"));
        // The access log is asked by person and by period (within a ward); a case's accesses use case_seq.
        indexes.createIndex(new Index().on(ACCESS_PERSON, Sort.Direction.ASC).on(OCCURRED_AT, Sort.Direction.DESC)
                .named("access_by_person"));
        indexes.createIndex(new Index().on("ward", Sort.Direction.ASC).on(OCCURRED_AT, Sort.Direction.DESC)
                .named("by_ward_and_time"));
    }

    @Override
    public boolean contains(String eventId) {
        return mongo.exists(Query.query(Criteria.where(EVENT_ID).is(eventId)), COLLECTION);
    }

    @Override
    public Optional<TimelineEntry> last(String caseId) {
        var last = Query.query(Criteria.where(CASE_ID).is(caseId)).with(Sort.by(Sort.Direction.DESC, SEQ)).limit(1);
        return Optional.ofNullable(mongo.findOne(last, TimelineEntryDocument.class, COLLECTION))
                .map(MongoTimelines::toDomain);
    }

    @Override
    public AppendOutcome append(TimelineEntry entry) {
        try {
            // Written as a plain document without Spring's _class: the audit store outlives this code's class names.
            Document document = new Document();
            mongo.getConverter().write(toDocument(entry), document);
            document.remove("_class");
            mongo.insert(document, COLLECTION);
            return AppendOutcome.APPENDED;
        } catch (DuplicateKeyException e) {
            // Which unique index refused it decides what to do; asking is simpler than parsing the error text.
            return contains(entry.eventId()) ? AppendOutcome.ALREADY_RECORDED : AppendOutcome.SEQ_TAKEN;
        }
    }

    @Override
    public List<TimelineEntry> ofCase(String caseId) {
        var query = Query.query(Criteria.where(CASE_ID).is(caseId)).with(Sort.by(SEQ));
        return mongo.find(query, TimelineEntryDocument.class, COLLECTION).stream().map(MongoTimelines::toDomain).toList();
    }

    @Override
    public List<TimelineEntry> accesses(AccessQuery q, int limit) {
        // Every access entry has an access part, and only access entries have one.
        Criteria criteria = q.person() != null ? Criteria.where(ACCESS_PERSON).is(q.person())
                : Criteria.where(ACCESS).exists(true);
        if (q.caseId() != null) {
            criteria = criteria.and(CASE_ID).is(q.caseId());
        }
        if (q.ward() != null) {
            criteria = criteria.and("ward").is(q.ward());
        }
        criteria = criteria.and(OCCURRED_AT).gte(q.from()).lt(q.to());
        var query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, OCCURRED_AT)).limit(limit);
        return mongo.find(query, TimelineEntryDocument.class, COLLECTION).stream().map(MongoTimelines::toDomain).toList();
    }

    private static TimelineEntryDocument toDocument(TimelineEntry e) {
        Actor a = e.actor();
        AccessDetail access = e.access();
        ChainLink link = e.link();
        return new TimelineEntryDocument(null, e.caseId(), e.seq(), e.eventId(), e.type(), e.occurredAt(),
                e.recordedAt(), a == null ? null : new StoredActor(a.id(), a.role(), a.ward(), a.agency()), e.service(),
                e.ward(), e.summary().english(), e.summary().vietnamese(),
                access == null ? null : new StoredAccess(access.person(), access.view(), access.agencyId(),
                        access.agencyType(), access.fields()),
                link.canonical(), link.prevHash(), link.hash());
    }

    private static TimelineEntry toDomain(TimelineEntryDocument d) {
        StoredActor a = d.actor();
        StoredAccess access = d.access();
        return new TimelineEntry(d.caseId(), d.seq(), d.eventId(), d.type(), d.occurredAt(), d.recordedAt(),
                a == null ? null : new Actor(a.actorId(), a.role(), a.ward(), a.agency()), d.service(), d.ward(),
                new Summary(d.summaryEn(), d.summaryVi()),
                access == null ? null : new AccessDetail(access.person(), access.view(), access.agencyId(),
                        access.agencyType(), access.fields() == null ? List.of() : access.fields()),
                new ChainLink(d.canonical(), d.prevHash(), d.hash()));
    }
}
