package vn.hanoi.gbv.referral.webhooks.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A partner's system gets what its officers see in the inbox, the same fields so the two cannot drift apart, except
 * the notes: free text that can identify the survivor never leaves the service by webhook.
 */
class WebhookPayloadUnitTest {

    @Test
    void theReferralPartHasExactlyTheInboxFields() throws Exception {
        Class<?> inboxView = Class.forName("vn.hanoi.gbv.referral.referrals.adapters.web.ReferralView");

        String[] inboxFieldsButNotes = Arrays.stream(describe(inboxView.getRecordComponents()))
                .filter(component -> !component.startsWith("notes:")).toArray(String[]::new);

        assertThat(describe(inboxView.getRecordComponents())).anyMatch(component -> component.startsWith("notes:"));
        assertThat(describe(WebhookPayload.ReferralSummary.class.getRecordComponents()))
                .containsExactly(inboxFieldsButNotes);
        assertThat(describe(WebhookPayload.ReferralSummary.class.getRecordComponents()))
                .noneMatch(component -> component.startsWith("declineReason") || component.startsWith("note"));
    }

    private static String[] describe(RecordComponent[] components) {
        return Arrays.stream(components).map(c -> c.getName() + ":" + c.getGenericType().getTypeName())
                .toArray(String[]::new);
    }
}
