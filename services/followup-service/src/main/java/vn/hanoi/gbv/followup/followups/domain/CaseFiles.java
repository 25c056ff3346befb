package vn.hanoi.gbv.followup.followups.domain;

import java.util.Optional;
import vn.hanoi.gbv.events.Actor;

/** Where case files are kept; saving one saves its pending events with it, in one write. */
public interface CaseFiles {

    /** Adds the case file unless the case has one already (then false): redelivered events change nothing. */
    boolean addIfAbsent(CaseFile caseFile);

    Optional<CaseFile> byId(String caseId);

    /** Saves the state of the file as last read, with its new events; a concurrent change fails it. */
    void update(CaseFile caseFile, Actor actor);
}
