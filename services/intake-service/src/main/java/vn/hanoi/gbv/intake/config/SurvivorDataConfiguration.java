package vn.hanoi.gbv.intake.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gbv.platform.crypto.FieldCipher;

/** The cipher of survivor fields, with intake's own keys. */
@Configuration(proxyBeanMethods = false)
class SurvivorDataConfiguration {

    @Bean
    FieldCipher survivorFieldCipher(SurvivorDataProperties properties) {
        return new FieldCipher(properties.activeKeyId(), properties.keys(), "gbv.intake.survivor-data");
    }
}
