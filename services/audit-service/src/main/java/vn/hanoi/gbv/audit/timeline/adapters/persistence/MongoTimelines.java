package vn.hanoi.gbv.audit.timeline.adapters.persistence;

import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.audit.timeline.adapters.persistence.TimelineEntryDocument.StoredActor;
import vn.hanoi.gbv.audit.timeline.domain.AppendOutcome;
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

    private final MongoTemplate mongo;

    MongoTimelines(MongoTemplate mongo) {
        this.mongo = mongo;
        // Created here, not left to auto-index-creation: without them an event could be recorded twice or a
        // timeline fork, so they must exist whatever the settings say.
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on(EVENT_ID, Sort.Direction.ASC).unique().named("event_once"));
        indexes.createIndex(new Index().on(CASE_ID, Sort.Direction.ASC).on(SEQ, Sort.Direction.ASC).unique()
                .named("case_seq"));
    }

    @Override
    public boolean contains(String eventId) {
        return mongo.exists(Query.query(Criteria.where(EVENT_ID).is(eventId)), COLLECTION);
    }

    @Override
    public long lastSeq(String caseId) {
        var last = Query.query(Criteria.where(CASE_ID).is(caseId)).with(Sort.by(Sort.Direction.DESC, SEQ)).limit(1);
        TimelineEntryDocument found = mongo.findOne(last, TimelineEntryDocument.class, COLLECTION);
        return found == null ? 0 : found.seq();
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

    private static TimelineEntryDocument toDocument(TimelineEntry e) {
        Actor a = e.actor();
        return new TimelineEntryDocument(null, e.caseId(), e.seq(), e.eventId(), e.type(), e.occurredAt(),
                e.recordedAt(), a == null ? null : new StoredActor(a.id(), a.role(), a.ward(), a.agency()), e.service(),
                e.ward(), e.summary().english(), e.summary().vietnamese());
    }

    private static TimelineEntry toDomain(TimelineEntryDocument d) {
        StoredActor a = d.actor();
        return new TimelineEntry(d.caseId(), d.seq(), d.eventId(), d.type(), d.occurredAt(), d.recordedAt(),
                a == null ? null : new Actor(a.actorId(), a.role(), a.ward(), a.agency()), d.service(), d.ward(),
                new Summary(d.summaryEn(), d.summaryVi()));
    }
}
