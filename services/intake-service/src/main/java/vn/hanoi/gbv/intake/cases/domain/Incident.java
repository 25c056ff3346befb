package vn.hanoi.gbv.intake.cases.domain;

import java.time.LocalDate;
import java.util.Set;
import vn.hanoi.gbv.events.IncidentType;

/**
 * What happened: exactly one GBVIMS core type (see {@link IncidentClassification}), the contexts it happened in,
 * when and where, by how many and whom, and whether it had been reported before.
 */
public record Incident(
        IncidentType type,
        Set<CaseContext> contexts,
        LocalDate occurredOn,
        LocationType locationType,
        Integer perpetratorCount,
        PerpetratorRelationship perpetratorRelationship,
        Boolean reportedBefore) {

    public Incident {
        contexts = contexts == null ? Set.of() : Set.copyOf(contexts);
    }

    public static Incident of(IncidentType type, LocalDate occurredOn) {
        return new Incident(type, Set.of(), occurredOn, null, null, null, null);
    }
}
