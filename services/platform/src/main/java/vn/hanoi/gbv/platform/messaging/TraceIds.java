package vn.hanoi.gbv.platform.messaging;

import java.util.UUID;
import org.slf4j.MDC;

/**
 * The trace id follows one user request through every service: set from the request (or a new one) by the web
 * filter, from the Kafka header by the listener interceptor, and copied into each event written meanwhile.
 */
public final class TraceIds {

    public static final String MDC_KEY = "traceId";
    public static final String HEADER = "X-Trace-Id";
    public static final String KAFKA_HEADER = "gbv-trace-id";

    public static String currentOrNew() {
        String current = MDC.get(MDC_KEY);
        return current != null ? current : UUID.randomUUID().toString();
    }

    private TraceIds() {
    }
}
