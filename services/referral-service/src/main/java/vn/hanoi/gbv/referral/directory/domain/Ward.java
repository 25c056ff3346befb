package vn.hanoi.gbv.referral.directory.domain;

/** A commune-level unit (phường, xã or đặc khu) as the directory names it. */
public record Ward(String id, String nameVi, String nameEn) {
}
