package vn.hanoi.gbv.referral.directory.adapters.web;

import java.time.Duration;
import java.util.List;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.referral.directory.domain.Agency;

/** An agency of the directory as staff see it (webhook settings are not shown). */
record AgencyView(String id, String nameVi, String nameEn, AgencyType type, List<String> wardsServed,
        boolean provinceWide, List<Need> services, Duration acknowledgementSla, String contactPhone,
        String contactEmail) {

    static AgencyView of(Agency a) {
        return new AgencyView(a.id(), a.nameVi(), a.nameEn(), a.type(), a.wardsServed().stream().sorted().toList(),
                a.provinceWide(), a.profile().services().stream().sorted().toList(), a.profile().acknowledgementSla(),
                a.profile().contactPhone(), a.profile().contactEmail());
    }
}
