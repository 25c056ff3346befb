package vn.hanoi.gbv.followup.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gbv.platform.crypto.FieldCipher;

/** The cipher of free text a counsellor or supervisor writes; without keys the service refuses to start. */
@Configuration(proxyBeanMethods = false)
class NotesConfiguration {

    @Bean
    FieldCipher followUpNotesCipher(NotesProperties properties) {
        return new FieldCipher(properties.activeKeyId(), properties.keys(), "gbv.followup.notes");
    }
}
