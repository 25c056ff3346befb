package vn.hanoi.gbv.intake.cases.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hanoi.gbv.events.AgencyType;

/**
 * The information-sharing protocol: which survivor fields each type of agency receives once the survivor has
 * consented to share with it. Each gets the least it needs to reach her and do its work; the People's
 * Committee is told of every verified case but never who she is.
 */
public final class DisclosurePolicy {

    public static final String FULL_NAME = "fullName";
    public static final String PHONES = "phones";
    public static final String ADDRESS = "address";
    public static final String AGE_BAND = "ageBand";
    public static final String SEX = "sex";
    public static final String GUARDIAN = "guardian";

    private static final Map<AgencyType, List<String>> FIELDS = new EnumMap<>(Map.of(
            AgencyType.POLICE, List.of(FULL_NAME, PHONES, ADDRESS, GUARDIAN),
            AgencyType.HEALTH, List.of(FULL_NAME, PHONES, AGE_BAND, SEX, GUARDIAN),
            AgencyType.LEGAL_AID, List.of(FULL_NAME, PHONES, ADDRESS, GUARDIAN),
            AgencyType.SHELTER, List.of(FULL_NAME, PHONES, AGE_BAND, SEX, GUARDIAN),
            AgencyType.PSYCHOSOCIAL, List.of(FULL_NAME, PHONES, GUARDIAN),
            AgencyType.SOCIAL_PROTECTION, List.of(FULL_NAME, PHONES, ADDRESS, GUARDIAN),
            AgencyType.WOMENS_UNION, List.of(FULL_NAME, PHONES),
            AgencyType.PEOPLES_COMMITTEE, List.of()));

    public static List<String> fieldsFor(AgencyType type) {
        return FIELDS.getOrDefault(type, List.of());
    }

    private DisclosurePolicy() {
    }
}
