package vn.hanoi.gbv.referral.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import vn.hanoi.gbv.referral.webhooks.adapters.http.HttpWebhookSender;
import vn.hanoi.gbv.referral.webhooks.application.WebhookDestinations;
import vn.hanoi.gbv.referral.webhooks.application.WebhookSender;

/**
 * The HTTP client of partner webhooks: its own, with short timeouts, so a slow partner holds up nothing else. It
 * resolves host names through {@link WebhookDestinations} and connects to the very addresses that were checked,
 * follows no redirect (a redirect could lead the referral anywhere), and keeps no cookies.
 */
@Configuration(proxyBeanMethods = false)
class WebhooksConfiguration {

    /**
     * Public addresses only. There is no setting to widen it: a test whose receiver listens on the loopback address
     * declares a {@code @Primary} one of its own, in test code that production never loads.
     */
    @Bean
    WebhookDestinations webhookDestinations() {
        return WebhookDestinations.publicOnly();
    }

    @Bean
    WebhookSender webhookSender(WebhookProperties properties, WebhookDestinations destinations) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new DnsResolver() {
                    @Override
                    public InetAddress[] resolve(String host) throws UnknownHostException {
                        return destinations.resolveForDelivery(host);
                    }

                    @Override
                    public String resolveCanonicalHostname(String host) {
                        return host; // only used for SPNEGO, which webhooks never do
                    }
                })
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.readTimeout())).build())
                .build();
        var http = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.readTimeout())).build())
                .build();
        return new HttpWebhookSender(RestClient.builder().requestFactory(new HttpComponentsClientHttpRequestFactory(http))
                .defaultHeader("User-Agent", "gbv-referral-webhooks/1").build());
    }
}
