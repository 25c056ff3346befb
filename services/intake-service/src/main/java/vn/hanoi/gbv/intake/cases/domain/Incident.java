package vn.hanoi.gbv.intake.cases.domain;

import java.time.LocalDate;
import vn.hanoi.gbv.events.IncidentType;

/** What happened and when: exactly one GBVIMS core type per incident. */
public record Incident(IncidentType type, LocalDate occurredOn) {
}
