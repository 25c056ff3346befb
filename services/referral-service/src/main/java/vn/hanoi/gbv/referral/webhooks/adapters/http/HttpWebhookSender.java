package vn.hanoi.gbv.referral.webhooks.adapters.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.hanoi.gbv.referral.webhooks.application.WebhookDestinations;
import vn.hanoi.gbv.referral.webhooks.application.WebhookSender;

/**
 * Posts with Spring's {@link RestClient} over Apache HttpClient (see WebhooksConfiguration): short timeouts, no
 * redirects followed (a redirect could lead the referral off the checked https address), connections only to
 * checked public addresses, and the answer's body is never read.
 */
public class HttpWebhookSender implements WebhookSender {

    private final RestClient client;

    public HttpWebhookSender(RestClient client) {
        this.client = client;
    }

    @Override
    public Result post(URI url, Map<String, String> headers, String body) {
        try {
            int status = client.post().uri(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> headers.forEach(h::set))
                    .body(body)
                    .exchange((request, response) -> response.getStatusCode().value());
            return new Result(status >= 200 && status < 300, false, "HTTP " + status);
        } catch (ResourceAccessException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String outcome = cause instanceof WebhookDestinations.NotPublic ? "address-not-public"
                    : cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException
                    ? "timeout" : cause.getClass().getSimpleName();
            return new Result(false, cause instanceof IOException, outcome);
        } catch (RestClientException e) {
            return new Result(false, false, e.getClass().getSimpleName());
        }
    }
}
