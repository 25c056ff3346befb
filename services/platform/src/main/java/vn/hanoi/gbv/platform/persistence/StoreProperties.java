package vn.hanoi.gbv.platform.persistence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param serverSelectionTimeout how long an operation waits for a reachable MongoDB server before it fails
 * @param connectTimeout         how long opening a connection may take
 */
@ConfigurationProperties("gbv.store")
public record StoreProperties(
        @DefaultValue("5s") Duration serverSelectionTimeout,
        @DefaultValue("2s") Duration connectTimeout) {
}
