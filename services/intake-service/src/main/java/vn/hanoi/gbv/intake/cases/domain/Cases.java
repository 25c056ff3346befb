package vn.hanoi.gbv.intake.cases.domain;

import java.util.List;
import java.util.Optional;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.CaseEvent;

/** Where cases are kept. Saving a case saves its pending events with it, in one write. */
public interface Cases {

    Optional<GbvCase> byId(String id);

    void add(GbvCase gbvCase, Actor actor);

    void update(GbvCase gbvCase, Actor actor);

    /** Records events about a case that change nothing in it (someone read it), in the case's own outbox. */
    void record(String caseId, List<CaseEvent> events, Actor actor);

    /** Cases of the ward whose survivor has one of these phones, or this name (or other name) and birth year. */
    List<CaseSummary> possibleDuplicates(String ward, Survivor survivor);

    /** One page of cases matching the filter, newest first, without decrypting anything. */
    CasePage list(CaseFilter filter, int page, int size);

    /** Registered cases whose verification deadline has passed and that were not yet escalated. */
    List<GbvCase> unverifiedRegisteredBefore(java.time.Instant registeredBefore, int limit);
}
