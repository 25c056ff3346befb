package vn.hanoi.gbv.referral.directory.domain;

import java.util.List;
import java.util.OptionalLong;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.referral.AgencyDirectoryChanged;

/**
 * The agencies admins created or changed, kept apart from the seed file: on start (and on every instance's
 * refresh) they are laid over the file's agencies, so changes survive restarts and the file stays the seed.
 */
public interface AgencyChanges {

    /** Every stored agency, in the order they were first stored. */
    List<Agency> all();

    /** The stored version of the agency, or empty if only the seed file has it. */
    OptionalLong version(String agencyId);

    /**
     * Stores the agency with the event of its change, in one write: inserted when {@code expectedVersion} is
     * empty (a second insert of the same id fails as a concurrent change), else replaced if still at that version
     * (else an optimistic-locking failure).
     */
    void save(Agency agency, OptionalLong expectedVersion, AgencyDirectoryChanged event, Actor admin);
}
