package vn.hanoi.gbv.intake.cases.domain;

import java.util.List;

/** One page of a list, with the total so a client can page. */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {
}
