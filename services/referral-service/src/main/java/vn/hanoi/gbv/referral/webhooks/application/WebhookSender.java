package vn.hanoi.gbv.referral.webhooks.application;

import java.net.URI;
import java.util.Map;

/** Posts one signed document to an agency's webhook. */
public interface WebhookSender {

    /**
     * What came of one try.
     *
     * @param delivered   the agency's system answered 2xx
     * @param unreachable no answer at all (connection refused, timeout): the agency's other deliveries wait
     *                    for the next pass rather than each waiting out the same timeout now
     * @param outcome     for the record: {@code HTTP 503}, or the error's class; never the answer's body
     */
    record Result(boolean delivered, boolean unreachable, String outcome) {
    }

    Result post(URI url, Map<String, String> headers, String body);
}
