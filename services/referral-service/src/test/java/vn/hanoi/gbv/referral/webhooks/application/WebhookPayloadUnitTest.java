package vn.hanoi.gbv.referral.webhooks.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A partner's system gets what its officers see in the inbox: the same fields, so the two cannot drift apart. */
class WebhookPayloadUnitTest {

    @Test
    void theReferralPartHasExactlyTheInboxFields() throws Exception {
        Class<?> inboxView = Class.forName("vn.hanoi.gbv.referral.referrals.adapters.web.ReferralView");

        assertThat(describe(WebhookPayload.ReferralSummary.class.getRecordComponents()))
                .containsExactly(describe(inboxView.getRecordComponents()));
        assertThat(describe(WebhookPayload.ReferralSummary.class.getRecordComponents()))
                .noneMatch(component -> component.startsWith("declineReason"));
    }

    private static String[] describe(RecordComponent[] components) {
        return Arrays.stream(components).map(c -> c.getName() + ":" + c.getGenericType().getTypeName())
                .toArray(String[]::new);
    }
}
