package vn.hanoi.gbv.platform.persistence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param serverSelectionTimeout how long an operation waits for a reachable MongoDB server before it fails
 * @param connectTimeout         how long opening a connection may take
 * @param readTimeout            how long an answer on an open connection may take: a server that died mid-request
 *                               must not hold a request (and a pooled connection) for ever
 * @param poolWaitTime           how long an operation waits for a free pooled connection
 */
@ConfigurationProperties("gbv.store")
public record StoreProperties(
        @DefaultValue("5s") Duration serverSelectionTimeout,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5s") Duration poolWaitTime) {
}
