package vn.hanoi.gbv.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuthServerPropertiesTest {

    @Test
    void blankWardOrAgencyMeansNone() {
        Persona persona = new Persona("supervisor", List.of("SUPERVISOR"), "", " ");
        assertThat(persona.ward()).isNull();
        assertThat(persona.agency()).isNull();
    }

    @Test
    void aPersonaNeedsAUsernameAndARole() {
        assertThatThrownBy(() -> new Persona(" ", List.of("ADMIN"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Persona("lan", List.of(), "hoan-kiem", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usernamesAreUniqueAndLookedUpExactly() {
        Persona lan = new Persona("lan", List.of("COUNSELLOR"), "hoan-kiem", null);
        AuthServerProperties properties = new AuthServerProperties(null, null, null, List.of(lan));
        assertThat(properties.persona("lan")).contains(lan);
        assertThat(properties.persona("LAN")).isEmpty();
        assertThat(properties.audience()).isEqualTo("gbv-api");
        assertThat(properties.demoPassword()).isEqualTo("demo");

        assertThatThrownBy(() -> new AuthServerProperties(null, null, null, List.of(lan, lan)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lan");
    }
}
