package vn.hanoi.gbv.events.referral;

import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;

/**
 * An admin created or changed an agency of the directory. Not about a case: {@code caseId} is always
 * {@link #DIRECTORY}, so every directory change has the same Kafka key, stays in order on one partition of
 * {@code gbv.referral.events}, and the audit service keeps them as one timeline, the directory's change log. The
 * envelope's actor is the admin. Contact details and webhook settings stay in referral's database.
 */
public record AgencyDirectoryChanged(
        String caseId,
        String agencyId,
        Change change,
        AgencyType agencyType,
        Set<String> wardsServed,
        boolean provinceWide,
        Set<Need> services) implements CaseEvent {

    /** The key (and "case id") of every directory change. */
    public static final String DIRECTORY = "directory";

    public enum Change {
        CREATED, UPDATED
    }
}
