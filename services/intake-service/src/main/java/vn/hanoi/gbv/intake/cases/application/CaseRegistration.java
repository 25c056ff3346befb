package vn.hanoi.gbv.intake.cases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;

/** A counsellor registers a case of their own ward. */
@Service
public class CaseRegistration {

    private final Cases cases;
    private final Clock clock;

    public CaseRegistration(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    public GbvCase register(CurrentUser counsellor, RegisterCase command) {
        if (!command.ward().equals(counsellor.ward())) {
            throw new InvalidInput("ward", "problem.registration.other-ward");
        }
        LocalDate today = LocalDate.now(clock);
        if (command.incident().occurredOn().isAfter(today)) {
            throw new InvalidInput("incident.occurredOn", "problem.registration.incident-in-future");
        }
        if (command.survivor().birthYear() > Year.now(clock).getValue()) {
            throw new InvalidInput("survivor.birthYear", "problem.registration.birth-year-in-future");
        }
        GbvCase gbvCase = GbvCase.register(Staffs.of(counsellor), command.ward(), command.survivor(),
                command.incident(), command.riskLevel(), command.needs(), command.consent(), clock.instant());
        cases.add(gbvCase, counsellor.actingAs(Roles.COUNSELLOR));
        return gbvCase;
    }
}
