package vn.hanoi.gbv.platform.persistence;

import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * How the services talk to MongoDB, whichever server it is: when the store is down, a request fails within seconds
 * with a 503 the client can retry, instead of hanging for the driver's default half minute.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@EnableConfigurationProperties(StoreProperties.class)
public class PersistenceConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer gbvStoreTimeouts(StoreProperties properties) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout((int) properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(
                        properties.poolWaitTime().toMillis(), TimeUnit.MILLISECONDS));
    }
}
