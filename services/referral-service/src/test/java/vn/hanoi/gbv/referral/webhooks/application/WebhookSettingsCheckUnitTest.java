package vn.hanoi.gbv.referral.webhooks.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.directory.domain.Ward;
import vn.hanoi.gbv.referral.webhooks.WebhookProperties;

/** Webhook URLs must be https outside the local stack, and an enabled webhook needs a secret: at start and by API. */
class WebhookSettingsCheckUnitTest {

    static final String HTTP_URL = "http://partner.example.vn/hooks?token=abc";

    static Agency police(String url, boolean enabled) {
        return new Agency("police-hoan-kiem", "Công an phường Hoàn Kiếm", "Hoan Kiem Ward Police", AgencyType.POLICE,
                Set.of("hoan-kiem"), false, new Agency.Webhook(url == null ? null : URI.create(url),
                        "police-hoan-kiem", enabled));
    }

    static Agency withoutWebhook() {
        return new Agency("police-hoan-kiem", "Công an phường Hoàn Kiếm", "Hoan Kiem Ward Police", AgencyType.POLICE,
                Set.of("hoan-kiem"), false);
    }

    static AgencyDirectory directoryWith(Agency agency) {
        return new AgencyDirectory(List.of(new Ward("hoan-kiem", "Phường Hoàn Kiếm", "Hoan Kiem Ward")),
                List.of(agency));
    }

    static WebhookProperties properties(boolean allowHttp) {
        return new WebhookProperties(allowHttp, List.of(java.time.Duration.ofMinutes(1)),
                java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(30),
                "group");
    }

    static WebhookSecrets secrets() {
        return new WebhookSecrets(new MockEnvironment()
                .withProperty("gbv.referral.webhooks.secrets.police-hoan-kiem", "s3cret"));
    }

    @Test
    void aDirectoryWithAnHttpWebhookIsRefusedAtStartWithoutRepeatingTheUrl() {
        assertThatThrownBy(() -> new WebhookSettingsCheck(properties(false), secrets(),
                directoryWith(police(HTTP_URL, true)), WebhookDestinations.publicOnly()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("police-hoan-kiem")
                .hasMessageContaining("must be https")
                .hasMessageContaining("gbv.referral.webhooks.allow-http")
                .hasMessageNotContaining("token=abc");
    }

    @Test
    void theServiceDoesNotStartWithAnHttpWebhookUnlessTheLocalStackAllowsIt() {
        var runner = new ApplicationContextRunner()
                .withUserConfiguration(HttpWebhookDirectory.class)
                .withBean(WebhookSecrets.class)
                .withBean(WebhookDestinations.class, WebhookDestinations::publicOnly)
                .withBean(WebhookSettingsCheck.class)
                .withPropertyValues("gbv.referral.webhooks.secrets.police-hoan-kiem=s3cret");

        runner.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("police-hoan-kiem: webhook url must be https"));
        runner.withPropertyValues("gbv.referral.webhooks.allow-http=true")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(WebhookSettingsCheck.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WebhookProperties.class)
    static class HttpWebhookDirectory {
        @Bean
        AgencyDirectory agencyDirectory() {
            return directoryWith(police(HTTP_URL, true));
        }
    }

    @Test
    void theApiIsToldWhichFieldIsWrong() {
        var check = new WebhookSettingsCheck(properties(false), secrets(), directoryWith(withoutWebhook()),
                WebhookDestinations.publicOnly());

        assertThatThrownBy(() -> check.check(police("http://partner.example.vn/hooks", true)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("webhook.url");
                    assertThat(e.messageKey()).isEqualTo("problem.webhook.https-required");
                });
        assertThat(check.problemOf(police("ftp://partner.example.vn/hooks", true)))
                .contains("problem.webhook.https-required");
        assertThat(check.problemOf(police("https://user:pw@partner.example.vn/hooks", true)))
                .contains("problem.webhook.url-credentials");
        assertThat(check.problemOf(police("https:///hooks", true))).contains("problem.webhook.url-invalid");
        assertThat(check.problemOf(police("https://partner.example.vn/hooks", true))).isEmpty();
    }

    @Test
    void anEnabledWebhookNeedsASecretAndADisabledOneDoesNot() {
        var noSecrets = new WebhookSecrets(new MockEnvironment());
        var check = new WebhookSettingsCheck(properties(false), noSecrets, directoryWith(withoutWebhook()),
                WebhookDestinations.publicOnly());

        assertThatThrownBy(() -> check.check(police("https://partner.example.vn/hooks", true)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("webhook.secretRef");
                    assertThat(e.arguments()).containsExactly("gbv.referral.webhooks.secrets.police-hoan-kiem");
                });
        assertThat(check.problemOf(police("https://partner.example.vn/hooks", false))).isEmpty();
    }

    @Test
    void theSecretMayComeFromAnEnvironmentVariableNamedAfterTheAgency() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("GBV_REFERRAL_WEBHOOKS_SECRETS_POLICE_HOAN_KIEM", "from-env")));
        ConfigurationPropertySources.attach(environment);

        assertThat(new WebhookSecrets(environment).of(police("https://x.vn", true).webhook())).contains("from-env");
    }
}
