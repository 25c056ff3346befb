package vn.hanoi.gbv.intake.cases.domain;

import java.time.Instant;
import java.util.Set;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * What a list asks for. {@code wards} is the caller's scope (null = every ward, for city-wide supervisors);
 * the other criteria are optional.
 */
public record CaseFilter(Set<String> wards, CaseStatus status, RiskLevel riskLevel, Instant registeredFrom,
        Instant registeredTo) {
}
