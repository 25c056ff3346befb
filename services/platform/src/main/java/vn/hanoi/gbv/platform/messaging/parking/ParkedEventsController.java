package vn.hanoi.gbv.platform.messaging.parking;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.platform.security.CurrentUser;

/**
 * What this service could not handle, for administrators: list the parked records and replay one once its cause
 * is fixed. Every replay is recorded on the parked record with who asked and how it went.
 */
@RestController
@RequestMapping(path = "/api/admin/parked-events", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
public class ParkedEventsController {

    private static final int LIMIT = 200;

    private final ParkedEvents parked;
    private final ParkedEventReplay replay;

    public ParkedEventsController(ParkedEvents parked, ParkedEventReplay replay) {
        this.parked = parked;
        this.replay = replay;
    }

    @GetMapping
    List<ParkedEvent> list(@RequestParam(required = false) ParkedEvent.Status status) {
        return parked.list(status, LIMIT);
    }

    @PostMapping("/{id}/replay")
    ParkedEvent replay(@PathVariable String id, CurrentUser admin) {
        return replay.replay(id, admin.id());
    }
}
