package io.github.ionqci.client.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.HttpProxy;
import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client through an HTTP proxy on loopback. The emulator speaks plain http on loopback, so requests reach
 * the proxy as absolute-URI requests; and since the JDK's default selector never proxies localhost, the tests
 * that use the JVM properties set {@code http.nonProxyHosts} to the empty string (the JDK adds its loopback
 * patterns to any other value).
 */
class ProxyTest {

    private static final String PASSWORD = "proxy-pass-7f3a9";

    private static IonQEmulator emulator;
    private static String id;

    @BeforeAll
    static void start() {
        emulator = IonQEmulator.start();
        id = emulator.jobs().add(EmulatedJob.completed().qubits(1).probabilities(Map.of(0L, 1.0)));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static IonQConfig.Builder config() {
        return IonQConfig.builder().apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl());
    }

    @Test
    void aConfiguredProxyWithCredentialsCarriesEveryRequestAndNeverShowsThePassword() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy("ci-user", PASSWORD)) {
            HttpProxy settings = new HttpProxy("127.0.0.1", proxy.port(), "ci-user", PASSWORD, null);
            IonQConfig config = config().proxy(settings).build();
            IonQClient client = IonQClient.create(config);
            int before = emulator.requests().count();
            client.getJob(id);
            client.getJobs(List.of(id));
            client.getProbabilities(client.getJob(id));
            int made = emulator.requests().count() - before;
            assertThat(made).isGreaterThanOrEqualTo(4);
            assertThat(proxy.served()).hasSize(made).allMatch(line -> line.contains("http://127.0.0.1:"));
            assertThat(proxy.refused()).as("the credentials go with every request").isEmpty();
            assertThat(config.toString()).contains("ci-user").doesNotContain(PASSWORD);
            assertThat(settings.toString()).doesNotContain(PASSWORD);
            assertThat(client.toString()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void wrongProxyCredentialsFailWithoutShowingThem() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy("ci-user", PASSWORD)) {
            IonQClient client = IonQClient.create(config().maxAttempts(1)
                    .proxy(new HttpProxy("127.0.0.1", proxy.port(), "ci-user", "wrong-pass-1234", null)).build());
            assertThatThrownBy(() -> client.getJob(id)).isInstanceOf(IonQException.class)
                    .hasMessageNotContaining("wrong-pass-1234").hasMessageNotContaining(PASSWORD);
            assertThat(proxy.served()).isEmpty();
        }
    }

    @Test
    void noProxyConfiguredMeansNoRequestReachesIt() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(null, null)) {
            IonQClient client = IonQClient.create(config().build());
            client.getJob(id);
            assertThat(proxy.served()).isEmpty();
            IonQClient bypassing = IonQClient.create(config()
                    .proxy(new HttpProxy("127.0.0.1", proxy.port(), null, null, "localhost|127.*")).build());
            bypassing.getJob(id);
            assertThat(proxy.served()).as("127.0.0.1 matches nonProxyHosts").isEmpty();
        }
    }

    @Test
    void theJvmProxyPropertiesAreHonoured() throws Exception {
        String[] names = {"http.proxyHost", "http.proxyPort", "http.nonProxyHosts"};
        String[] saved = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            saved[i] = System.getProperty(names[i]);
        }
        try (LoopbackProxy proxy = new LoopbackProxy(null, null)) {
            System.setProperty("http.proxyHost", "127.0.0.1");
            System.setProperty("http.proxyPort", Integer.toString(proxy.port()));
            // the JDK adds "localhost|127.*|[::1]|…" to any non-empty list, which would bypass the loopback
            // emulator: only an empty http.nonProxyHosts sends loopback requests to the proxy
            System.setProperty("http.nonProxyHosts", "");
            IonQClient client = IonQClient.create(config().build());
            client.getJob(id);
            assertThat(proxy.served()).singleElement().asString().startsWith("GET http://127.0.0.1:");
        } finally {
            for (int i = 0; i < names.length; i++) {
                if (saved[i] == null) {
                    System.clearProperty(names[i]);
                } else {
                    System.setProperty(names[i], saved[i]);
                }
            }
        }
    }
}
