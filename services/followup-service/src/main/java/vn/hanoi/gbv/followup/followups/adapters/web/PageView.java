package vn.hanoi.gbv.followup.followups.adapters.web;

import java.util.List;
import vn.hanoi.gbv.followup.followups.domain.FollowUps;

/** One page of a worklist, and how many follow-ups it has in all. */
record PageView(List<FollowUpView> items, int page, int size, long total) {

    static PageView of(FollowUps.Page page, int number, int size) {
        return new PageView(page.items().stream().map(FollowUpView::of).toList(), number, size, page.total());
    }
}
