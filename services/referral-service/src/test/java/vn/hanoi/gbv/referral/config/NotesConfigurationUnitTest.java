package vn.hanoi.gbv.referral.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gbv.platform.crypto.FieldCipher;

/** Notes are never stored in clear: without referral's own notes keys the service does not start. */
class NotesConfigurationUnitTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotesProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, NotesConfiguration.class);

    @Test
    void withoutKeysTheServiceDoesNotStartAndSaysWhichSettingIsMissing() {
        context.run(started -> assertThat(started).hasFailed().getFailure()
                .hasRootCauseMessage("Set gbv.referral.notes.active-key-id and its key: "
                        + "survivor data is never stored unencrypted"));
        context.withPropertyValues("gbv.referral.notes.active-key-id=v2",
                        "gbv.referral.notes.keys.v1=cmVmZXJyYWwtdGVzdC1ub3Rlcy1rZXktbm90LXNlY3I=")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void withTheActiveKeyNotesAreEncryptedUnderItsId() {
        context.withPropertyValues("gbv.referral.notes.active-key-id=v1",
                        "gbv.referral.notes.keys.v1=cmVmZXJyYWwtdGVzdC1ub3Rlcy1rZXktbm90LXNlY3I=")
                .run(started -> {
                    FieldCipher cipher = started.getBean("referralNotesCipher", FieldCipher.class);
                    String stored = cipher.encrypt("she speaks Hmong", "case-1", "referral-note/r-1");
                    assertThat(stored).startsWith("v1:").doesNotContain("Hmong");
                    assertThat(cipher.decrypt(stored, "case-1", "referral-note/r-1")).isEqualTo("she speaks Hmong");
                    assertThat(started.getBean(NotesProperties.class).toString()).doesNotContain("cmVm");
                });
    }
}
