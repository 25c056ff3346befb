package vn.hanoi.gbv.referral.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureUnitTest {

    @Test
    void signsTheTimestampAndTheBodyWithTheSecret() {
        String header = WebhookSignature.header("secret", 1700000000L, "{\"a\":1}");

        // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertThat(header).isEqualTo(
                "t=1700000000,v1=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
        assertThat(WebhookSignature.header("secret", 1700000001L, "{\"a\":1}")).isNotEqualTo(header);
        assertThat(WebhookSignature.header("other", 1700000000L, "{\"a\":1}")).isNotEqualTo(header);
        assertThat(WebhookSignature.header("secret", 1700000000L, "{\"a\":2}")).isNotEqualTo(header);
    }
}
