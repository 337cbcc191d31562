package io.github.ionqci.client.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.HttpProxy;
import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.IonQException;
import io.github.ionqci.client.KeyLeakGuard;
import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.IonQEmulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client through an HTTP proxy on loopback. The emulator speaks plain http on loopback, so requests reach
 * the proxy as absolute-URI requests; and since the JDK's default selector never proxies localhost, the tests
 * that use the JVM properties set {@code http.nonProxyHosts} to the empty string (the JDK adds its loopback
 * patterns to any other value). For https, a {@link TlsFront} with a throwaway self-signed key for localhost
 * stands before the emulator, and the proxy must carry the requests through a {@code CONNECT} tunnel.
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

    /** The JVM's default SSLContext before a test replaced it, or null. */
    private SSLContext savedDefault;

    @AfterEach
    void restoreDefaultSslContext() {
        if (savedDefault != null) {
            SSLContext.setDefault(savedDefault);
            savedDefault = null;
        }
    }

    /**
     * The client takes no SSLContext (its HttpClient is built without one, so the JDK uses
     * {@code SSLContext.getDefault()} when the client is created): rather than add production API for a test,
     * the default is replaced with one trusting only the front's throwaway certificate, and restored after.
     */
    private void trust(TlsFront front) throws Exception {
        savedDefault = SSLContext.getDefault();
        SSLContext.setDefault(front.clientContext());
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

    @Test
    void anHttpsBaseUrlGoesThroughAConnectTunnelAndOnlyWhenAProxyIsConfigured(@TempDir Path dir) throws Exception {
        try (TlsFront front = new TlsFront(dir, emulator.port()); LoopbackProxy proxy = new LoopbackProxy(null, null)) {
            trust(front);
            String target = "localhost:" + front.port();
            IonQConfig.Builder https = IonQConfig.builder().apiKey(emulator.apiKey())
                    .baseUrl("https://" + target + "/v0.4");

            IonQClient direct = IonQClient.create(https.build());
            assertThat(direct.getJob(id).id()).isEqualTo(id);
            assertThat(front.accepted()).as("the direct client reached the front").isNotEmpty();
            assertThat(proxy.served()).as("no proxy configured: it sees nothing").isEmpty();
            int directConnections = front.accepted().size();

            int before = emulator.requests().count();
            IonQClient client = IonQClient.create(https
                    .proxy(new HttpProxy("127.0.0.1", proxy.port(), null, null, null)).build());
            assertThat(client.getJob(id).id()).isEqualTo(id);
            client.getJobs(List.of(id));
            assertThat(emulator.requests().count() - before).isGreaterThanOrEqualTo(2);
            assertThat(proxy.connects()).isNotEmpty().allMatch(target::equals);
            assertThat(proxy.served()).as("only tunnels, no absolute-URI request")
                    .allMatch(line -> line.startsWith("CONNECT " + target + " "));
            List<Integer> throughProxy = front.accepted().subList(directConnections, front.accepted().size());
            assertThat(throughProxy).as("with the proxy, the front is reached only from the proxy's tunnels")
                    .isNotEmpty().containsExactlyInAnyOrderElementsOf(proxy.tunnelPorts());
        }
    }

    @Test
    void wrongProxyCredentialsOverATunnelNeverShow(@TempDir Path dir) throws Exception {
        try (TlsFront front = new TlsFront(dir, emulator.port());
                LoopbackProxy proxy = new LoopbackProxy("ci-user", PASSWORD)) {
            trust(front);
            String target = "localhost:" + front.port();
            IonQClient wrong = IonQClient.create(IonQConfig.builder().apiKey(emulator.apiKey())
                    .baseUrl("https://" + target + "/v0.4").maxAttempts(1)
                    .proxy(new HttpProxy("127.0.0.1", proxy.port(), "ci-user", "wrong-pass-1234", null)).build());
            // the proxy's 407 to the CONNECT has no body; the client reports it as IonQ's exception saying what
            // to check (see the test below for why the right credentials fare no better on a default JVM)
            assertThatThrownBy(() -> wrong.getJob(id)).isInstanceOf(io.github.ionqci.client.IonQException.class)
                    .hasMessageContaining("407").hasMessageContaining("jdk.http.auth.tunneling.disabledSchemes")
                    .satisfies(e -> assertThat(KeyLeakGuard.stackTrace(e))
                    .doesNotContain("wrong-pass-1234").doesNotContain(PASSWORD));
            assertThat(proxy.connects()).containsOnly(target);
            assertThat(proxy.refused()).isNotEmpty().allMatch(line -> line.startsWith("CONNECT " + target + " "));
            assertThat(proxy.served()).isEmpty();
            assertThat(KeyLeakGuard.lines()).noneMatch(line -> line.contains(PASSWORD) || line.contains("wrong-pass-1234"));
        }
    }

    /**
     * The JDK's HttpClient drops a {@code Proxy-Authorization: Basic …} header from {@code CONNECT} requests
     * while {@code jdk.http.auth.tunneling.disabledSchemes} lists Basic, which it does by default; it is read
     * once per JVM, so this runs only in a JVM started with {@code -Djdk.http.auth.tunneling.disabledSchemes=}.
     */
    @Test
    @EnabledIfSystemProperty(named = "jdk.http.auth.tunneling.disabledSchemes", matches = "^$")
    void proxyCredentialsGoWithEveryConnectAndNeverShow(@TempDir Path dir) throws Exception {
        try (TlsFront front = new TlsFront(dir, emulator.port());
                LoopbackProxy proxy = new LoopbackProxy("ci-user", PASSWORD)) {
            trust(front);
            String target = "localhost:" + front.port();
            IonQClient client = IonQClient.create(IonQConfig.builder().apiKey(emulator.apiKey())
                    .baseUrl("https://" + target + "/v0.4")
                    .proxy(new HttpProxy("127.0.0.1", proxy.port(), "ci-user", PASSWORD, null)).build());
            assertThat(client.getJob(id).id()).isEqualTo(id);
            client.getJobs(List.of(id));
            String expected = "Basic " + Base64.getEncoder()
                    .encodeToString(("ci-user:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            assertThat(proxy.refused()).isEmpty();
            assertThat(proxy.connects()).isNotEmpty().allMatch(target::equals);
            assertThat(proxy.authorizations()).hasSameSizeAs(proxy.connects()).allMatch(expected::equals);
            assertThat(KeyLeakGuard.lines()).noneMatch(line -> line.contains(PASSWORD)
                    || line.contains(expected.substring("Basic ".length())));
        }
    }
}
