package vn.hanoi.gbv.referral.directory.adapters.web;

import java.util.List;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.referral.directory.domain.Agency;

/** An agency of the directory as staff see it. */
record AgencyView(String id, String nameVi, String nameEn, AgencyType type, List<String> wardsServed,
        boolean provinceWide) {

    static AgencyView of(Agency a) {
        return new AgencyView(a.id(), a.nameVi(), a.nameEn(), a.type(), a.wardsServed().stream().sorted().toList(),
                a.provinceWide());
    }
}
