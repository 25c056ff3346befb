package vn.hanoi.gbv.referral.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gbv.platform.crypto.FieldCipher;

/** The cipher of the notes counsellors write on referrals; without keys the service refuses to start. */
@Configuration(proxyBeanMethods = false)
class NotesConfiguration {

    @Bean
    FieldCipher referralNotesCipher(NotesProperties properties) {
        return new FieldCipher(properties.activeKeyId(), properties.keys(), "gbv.referral.notes");
    }
}
