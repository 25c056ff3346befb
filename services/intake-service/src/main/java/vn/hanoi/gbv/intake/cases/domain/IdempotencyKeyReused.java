package vn.hanoi.gbv.intake.cases.domain;

import vn.hanoi.gbv.platform.domain.DomainException;

/** The same Idempotency-Key came with a different request: a client bug, never to be taken as a retry. */
public class IdempotencyKeyReused extends DomainException {

    public IdempotencyKeyReused() {
        super("problem.idempotency.key-reused", "Idempotency-Key");
    }
}
