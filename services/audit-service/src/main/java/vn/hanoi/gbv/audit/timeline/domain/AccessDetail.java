package vn.hanoi.gbv.audit.timeline.domain;

import java.util.List;
import java.util.regex.Pattern;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.intake.CaseAccessed;
import vn.hanoi.gbv.events.intake.SurvivorDataDisclosed;

/**
 * What an access entry adds to who-did-what: whom the case was shown to and which part. Only names of views
 * and fields are kept, never values, and only if they look like names: a list of strings is where free text
 * would creep in, so anything else is dropped rather than stored.
 *
 * @param person     who saw it: the reader of a case, or the agency officer a disclosure was made for
 * @param view       FULL, HISTORY, SEARCH ... for a read; DISCLOSURE for a disclosure
 * @param agencyId   the agency a disclosure went to, or null
 * @param agencyType its type, or null
 * @param fields     the names of the fields disclosed (empty for a read)
 */
public record AccessDetail(String person, String view, String agencyId, String agencyType, List<String> fields) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final int MAX_FIELDS = 30;

    /** The detail of an access event, or null for any other event. */
    public static AccessDetail of(CaseEvent event, Actor actor) {
        String actorId = actor == null ? null : actor.id();
        if (event instanceof CaseAccessed accessed) {
            return new AccessDetail(safe(actorId), safe(accessed.view()), null, null, List.of());
        }
        if (event instanceof SurvivorDataDisclosed disclosed) {
            // The service that asked is the actor; the person who will see the data is who it asked for.
            String person = disclosed.onBehalfOf() != null ? disclosed.onBehalfOf() : actorId;
            List<String> fields = disclosed.fields() == null ? List.of()
                    : disclosed.fields().stream().filter(f -> f != null && NAME.matcher(f).matches())
                            .limit(MAX_FIELDS).toList();
            return new AccessDetail(safe(person), "DISCLOSURE", safe(disclosed.agencyId()),
                    disclosed.agencyType() == null ? null : disclosed.agencyType().name(), fields);
        }
        return null;
    }

    private static String safe(String name) {
        return name != null && NAME.matcher(name).matches() ? name : null;
    }
}
