package vn.hanoi.gbv.intake.cases.domain;

import java.util.Optional;
import vn.hanoi.gbv.events.Actor;

/** Where cases are kept. Saving a case saves its pending events with it, in one write. */
public interface Cases {

    Optional<GbvCase> byId(String id);

    void add(GbvCase gbvCase, Actor actor);

    void update(GbvCase gbvCase, Actor actor);
}
