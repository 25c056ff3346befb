package vn.hanoi.gbv.referral.directory.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;

/**
 * Which agencies exist and which wards each serves: reference data of one province, seeded from a file and
 * changed by admins ({@link #put}). It is checked whole when loaded, so a broken file stops the service at start
 * rather than misrouting a case later; a change is checked the same way before it replaces anything. Readers see
 * either the old or the new list, never half of a change (the map is replaced, not edited).
 */
public final class AgencyDirectory {

    private final Map<String, Ward> wards = new LinkedHashMap<>();
    private volatile Map<String, Agency> agencies = new LinkedHashMap<>();

    public AgencyDirectory(List<Ward> wards, List<Agency> agencies) {
        List<String> problems = new ArrayList<>();
        for (Ward ward : wards) {
            if (blank(ward.id()) || blank(ward.nameVi()) || blank(ward.nameEn())) {
                problems.add("ward " + ward.id() + " needs an id, nameVi and nameEn");
            } else if (this.wards.putIfAbsent(ward.id(), ward) != null) {
                problems.add("ward " + ward.id() + " is listed twice");
            }
        }
        for (Agency agency : agencies) {
            problems.addAll(problemsOf(agency));
            if (!blank(agency.id()) && this.agencies.putIfAbsent(agency.id(), agency) != null) {
                problems.add("agency " + agency.id() + " is listed twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid agency directory: " + String.join("; ", problems));
        }
    }

    /**
     * Adds an agency, or replaces the one with its id (keeping its place in the order, which is routing's
     * preference). Refused whole, with every problem named, if the agency is incomplete or serves unknown wards.
     */
    public synchronized void put(Agency agency) {
        check(agency);
        Map<String, Agency> changed = new LinkedHashMap<>(agencies);
        changed.put(agency.id(), agency);
        agencies = changed;
    }

    /** Refuses an agency that could not be {@link #put}, naming every problem. */
    public void check(Agency agency) {
        List<String> problems = problemsOf(agency);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    public boolean knowsWard(String id) {
        return wards.containsKey(id);
    }

    private List<String> problemsOf(Agency agency) {
        List<String> problems = new ArrayList<>();
        if (blank(agency.id()) || blank(agency.nameVi()) || blank(agency.nameEn()) || agency.type() == null) {
            problems.add("agency " + agency.id() + " needs an id, nameVi, nameEn and type");
        }
        if (!agency.provinceWide() && agency.wardsServed().isEmpty()) {
            problems.add("agency " + agency.id() + " serves no ward and is not province-wide");
        }
        Set<String> unknown = new HashSet<>(agency.wardsServed());
        unknown.removeAll(wards.keySet());
        if (!unknown.isEmpty()) {
            problems.add("agency " + agency.id() + " serves wards not in the directory: " + unknown);
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<Ward> wards() {
        return List.copyOf(wards.values());
    }

    /** Every agency, in the order the directory lists them. */
    public List<Agency> agencies() {
        return List.copyOf(agencies.values());
    }

    public Optional<Agency> byId(String id) {
        return Optional.ofNullable(agencies.get(id));
    }

    /** The agencies of this type that serve the ward, in the order the directory lists them. */
    public List<Agency> serving(String ward, AgencyType type) {
        return agencies.values().stream().filter(agency -> agency.type() == type && agency.serves(ward)).toList();
    }

    /** Every agency that serves the ward, its own and the province-wide ones. */
    public List<Agency> serving(String ward) {
        return agencies.values().stream().filter(agency -> agency.serves(ward)).toList();
    }
}
