package vn.hanoi.gbv.intake.cases.adapters.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.intake.cases.domain.AgeBand;
import vn.hanoi.gbv.intake.cases.domain.CaseContext;
import vn.hanoi.gbv.intake.cases.domain.CaseStatus;
import vn.hanoi.gbv.intake.cases.domain.ConsentGiver;
import vn.hanoi.gbv.intake.cases.domain.LocationType;
import vn.hanoi.gbv.intake.cases.domain.PerpetratorRelationship;
import vn.hanoi.gbv.intake.cases.domain.ReportSource;
import vn.hanoi.gbv.intake.cases.domain.ReportingDelay;
import vn.hanoi.gbv.intake.cases.domain.RiskIndicator;
import vn.hanoi.gbv.intake.cases.domain.Sex;
import vn.hanoi.gbv.intake.cases.domain.VerificationDecision;

/**
 * The words behind every code the case API uses, in Vietnamese or English by Accept-Language, so that an app
 * shows a counsellor "Hiếp dâm" where the API says RAPE. Codes stay English in the API so that clients and
 * statistics never depend on a translation.
 */
@RestController
@RequestMapping(path = "/api/labels", produces = MediaType.APPLICATION_JSON_VALUE)
class LabelsController {

    static final List<Class<? extends Enum<?>>> LABELLED = List.of(IncidentType.class, CaseContext.class,
            RiskLevel.class, RiskIndicator.class, Need.class, AgencyType.class, ReportSource.class,
            ReportingDelay.class, LocationType.class, PerpetratorRelationship.class, Sex.class, AgeBand.class,
            CaseStatus.class, ConsentGiver.class, VerificationDecision.class);

    private final MessageSource messages;

    LabelsController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping
    Map<String, Map<String, String>> labels() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : LABELLED) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "label." + type.getSimpleName() + "." + value.name();
                values.put(value.name(), messages.getMessage(key, null, value.name(), locale));
            }
            labels.put(type.getSimpleName(), values);
        }
        return labels;
    }
}
