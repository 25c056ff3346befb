package vn.hanoi.gbv.referral.webhooks;

import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import vn.hanoi.gbv.referral.webhooks.adapters.http.HttpWebhookSender;
import vn.hanoi.gbv.referral.webhooks.application.WebhookSender;

/** The HTTP client of partner webhooks: its own, with short timeouts, so a slow partner holds up nothing else. */
@Configuration(proxyBeanMethods = false)
class WebhooksConfiguration {

    @Bean
    WebhookSender webhookSender(WebhookProperties properties) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        return new HttpWebhookSender(RestClient.builder().requestFactory(requests)
                .defaultHeader("User-Agent", "gbv-referral-webhooks/1").build());
    }
}
