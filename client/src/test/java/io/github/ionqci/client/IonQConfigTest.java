package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IonQConfigTest {

    private static final String KEY = "cfg-key-7c1e";

    @Test
    void defaults() {
        IonQConfig config = IonQConfig.builder().apiKey(KEY).build();
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.ionq.co/v0.4"));
        assertThat(config.origin()).isEqualTo(URI.create("https://api.ionq.co:443"));
        assertThat(config.awaitTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.pollGrowth()).isEqualTo(1.5);
        assertThat(config.maxPollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.emulator()).isFalse();
        assertThat(config.apiKey().reveal()).isEqualTo(KEY);
    }

    @Test
    void aMaxBackoffShorterThanTheInitialOneSaysWhatToPass() {
        assertThatThrownBy(() -> IonQConfig.builder().apiKey(KEY)
                .retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)).build())
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessageContaining("shorter than the initial backoff")
                .hasMessageContaining("retryBackoff(initial, max)");
    }

    @Test
    void explicitBeatsLookupsWhichGoInOrderAndBeatDefaults() {
        Map<String, String> first = Map.of("ionq.base-url", "http://127.0.0.1:9001/v0.4",
                "ionq.await.timeout", "30s");
        Map<String, String> second = Map.of("ionq.base-url", "http://127.0.0.1:9002/v0.4",
                "ionq.api-key", KEY, "ionq.await.poll-interval", "250ms", "ionq.await.timeout", "1h");
        IonQConfig config = IonQConfig.builder()
                .lookup(first::get)
                .lookup(second::get)
                .awaitTimeout(Duration.ofMinutes(3))
                .build();
        assertThat(config.awaitTimeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(config.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9001/v0.4"));
        assertThat(config.apiKey().reveal()).isEqualTo(KEY);
        assertThat(config.pollInterval()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void systemPropertiesComeBeforeTheEnvironment() {
        String before = System.getProperty(IonQProperties.API_KEY);
        System.setProperty(IonQProperties.API_KEY, "from-system-property");
        try {
            IonQConfig config = IonQConfig.builder().fromEnvironment().build();
            assertThat(config.apiKey().reveal()).isEqualTo("from-system-property");
        } finally {
            if (before == null) {
                System.clearProperty(IonQProperties.API_KEY);
            } else {
                System.setProperty(IonQProperties.API_KEY, before);
            }
        }
        assertThat(IonQProperties.environmentVariable(IonQProperties.API_KEY)).isEqualTo("IONQ_API_KEY");
        assertThat(IonQProperties.environmentVariable(IonQProperties.BASE_URL)).isEqualTo("IONQ_BASE_URL");
        assertThat(IonQProperties.environmentVariable(IonQProperties.EMULATOR)).isEqualTo("IONQ_EMULATOR");
        assertThat(IonQProperties.environmentVariable(IonQProperties.AWAIT_TIMEOUT)).isNull();
    }

    @Test
    void aMissingKeySaysHowToSetIt() {
        assertThatThrownBy(() -> IonQConfig.builder().lookup(name -> null).build())
                .isInstanceOf(IonQMissingApiKeyException.class)
                .hasMessage("No IonQ API key is set. Set the system property ionq.api-key or the environment"
                        + " variable IONQ_API_KEY. Create keys at https://cloud.ionq.com.");
    }

    @Test
    void withTheEmulatorOnNoKeyIsNeededToConfigureButTheClientStillNeedsOne() {
        IonQConfig config = IonQConfig.builder().lookup(Map.of("ionq.emulator", "TRUE")::get).build();
        assertThat(config.emulator()).isTrue();
        assertThat(config.apiKey()).isNull();
        assertThatThrownBy(() -> IonQClient.create(config)).isInstanceOf(IonQMissingApiKeyException.class)
                .hasMessageStartingWith("No IonQ API key is set.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/v0.4", "http://127.3.4.5/v0.4", "http://localhost:1/v0.4",
            "http://[::1]:8080/v0.4", "https://api.ionq.co/v0.4/", "HTTPS://api.ionq.co/v0.4"})
    void acceptedBaseUrls(String url) {
        IonQConfig config = IonQConfig.builder().apiKey(KEY).baseUrl(url).build();
        assertThat(config.baseUrl().toString()).doesNotEndWith("/").endsWith("/v0.4");
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        assertThatThrownBy(() -> IonQConfig.builder().apiKey(KEY).baseUrl("http://api.ionq.co/v0.4").build())
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessage("ionq.base-url \"http://api.ionq.co/v0.4\" uses plain http to a host that is not"
                        + " loopback, which would send the API key unencrypted: use https (plain http is allowed"
                        + " only for 127.0.0.1, ::1 and localhost, such as the embedded emulator)");
        assertThatThrownBy(() -> IonQConfig.builder().apiKey(KEY).baseUrl("http://128.0.0.1/v0.4").build())
                .isInstanceOf(IonQConfigurationException.class);
        assertThatThrownBy(() -> IonQConfig.builder().apiKey(KEY).baseUrl("http://127.0.0.1.evil.com/v0.4").build())
                .isInstanceOf(IonQConfigurationException.class);
    }

    @Test
    void otherBadBaseUrls() {
        assertThatThrownBy(() -> IonQConfig.builder().apiKey(KEY).baseUrl("api.ionq.co/v0.4").build())
                .hasMessage("ionq.base-url \"api.ionq.co/v0.4\" is not an absolute https URL: use"
                        + " https://api.ionq.co/v0.4 or your emulator's URL, such as http://127.0.0.1:8080/v0.4");
        assertThatThrownBy(() -> IonQConfig.builder().apiKey(KEY).baseUrl("ftp://api.ionq.co/v0.4").build())
                .isInstanceOf(IonQConfigurationException.class);
        assertThatThrownBy(() -> IonQConfig.builder().apiKey(KEY).baseUrl("https://user:pw@api.ionq.co/v0.4").build())
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessageNotContaining("pw");
    }

    @Test
    void unreadableDurationsNameTheProperty() {
        assertThatThrownBy(() -> IonQConfig.builder().apiKey(KEY)
                .lookup(Map.of("ionq.await.timeout", "ten minutes")::get).build())
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessage("ionq.await.timeout: \"ten minutes\" is not a duration: write a number and a unit"
                        + " (500ms, 30s, 10m, 2h, 1d, or combined as 1m30s) or ISO-8601 (PT10M)");
    }

    @Test
    void theKeyIsRedactedEverywhereItCouldBePrinted() {
        IonQConfig config = IonQConfig.builder().apiKey(KEY).build();
        assertThat(config.toString()).doesNotContain(KEY).contains("apiKey=redacted");
        assertThat(config.apiKey().toString()).isEqualTo("ApiKey[redacted]");
        assertThat(IonQClient.create(config).toString()).doesNotContain(KEY);
        assertThat(config.apiKey().authorizationHeader()).isEqualTo("apiKey " + KEY);
    }

    @Test
    void aKeyThatCannotGoInAHeaderIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> ApiKey.of("abc def"))
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessage("The IonQ API key has a character that cannot be sent in an HTTP header (position 4"
                        + " of 7, code 32): copy the key again from https://cloud.ionq.com without spaces or"
                        + " line breaks");
        assertThat(ApiKey.of("  padded\n").reveal()).isEqualTo("padded");
    }

    @Test
    void toBuilderKeepsEverything() {
        IonQConfig config = IonQConfig.builder().apiKey(KEY).baseUrl("http://127.0.0.1:1/v0.4")
                .awaitTimeout(Duration.ofSeconds(5)).maxAttempts(2).build();
        IonQConfig copy = config.toBuilder().build();
        assertThat(copy.toString()).isEqualTo(config.toString());
        assertThat(copy.apiKey()).isEqualTo(config.apiKey());
    }

    @Test
    void httpLimitsComeFromPropertiesUnlessSetExplicitly() {
        Map<String, String> props = Map.of("ionq.api-key", "k", "ionq.http.request-timeout", "15s",
                "ionq.http.max-response-size", "1MiB", "ionq.http.max-result-size", "2GiB");
        IonQConfig config = IonQConfig.builder().lookup(props::get).build();
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.maxResponseSize()).isEqualTo(1L << 20);
        assertThat(config.maxResultSize()).isEqualTo(2L << 30);
        IonQConfig explicit = IonQConfig.builder().lookup(props::get).maxResponseSize(4096)
                .requestTimeout(Duration.ofSeconds(2)).build();
        assertThat(explicit.maxResponseSize()).isEqualTo(4096);
        assertThat(explicit.requestTimeout()).isEqualTo(Duration.ofSeconds(2));
        IonQConfig defaults = IonQConfig.builder().apiKey("k").build();
        assertThat(defaults.maxResponseSize()).isEqualTo(IonQConfig.DEFAULT_MAX_RESPONSE_SIZE);
        assertThat(defaults.maxResultSize()).isEqualTo(IonQConfig.DEFAULT_MAX_RESULT_SIZE);
        assertThat(defaults.toBuilder().build().maxResultSize()).isEqualTo(IonQConfig.DEFAULT_MAX_RESULT_SIZE);
    }

    @Test
    void aBadSizeSaysWhichFormsAreAccepted() {
        assertThatThrownBy(() -> IonQConfig.builder().lookup(Map.of("ionq.api-key", "k",
                "ionq.http.max-response-size", "lots")::get).build())
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessage("ionq.http.max-response-size: \"lots\" is not a size: write bytes, or a number and a unit"
                        + " (64KiB, 16MiB, 1GiB)");
        assertThatThrownBy(() -> IonQConfig.builder().lookup(Map.of("ionq.api-key", "k",
                "ionq.http.request-timeout", "213504d")::get).build())
                .isInstanceOf(IonQConfigurationException.class)
                .hasMessageContaining("is longer than the longest duration supported, 106751d");
    }
}
