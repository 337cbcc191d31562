package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.HttpProxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** The active settings.xml proxy, with Maven's real decrypter, as the client's HttpProxy. */
class SettingsProxyTest {

    /** "it-settings-key-encrypted", encrypted under the test settings-security.xml's master password. */
    private static final String ENCRYPTED = "{ExKx69yVNxUH3c80PdIoJMK/qCjdn6YjniXFINzdHimEKJEAlOMSoTU/PicfxZer}";

    @Test
    void theActiveProxyWithItsDecryptedPasswordAndNonProxyHosts() {
        Settings settings = new Settings();
        settings.addProxy(proxy("off", false, "other.example", 1, null));
        settings.addProxy(proxy("corp", true, "proxy.example", 3128, ENCRYPTED));
        HttpProxy proxy = SettingsProxy.active(settings, decrypter());
        assertThat(proxy.host()).isEqualTo("proxy.example");
        assertThat(proxy.port()).isEqualTo(3128);
        assertThat(proxy.username()).isEqualTo("ci-user");
        assertThat(proxy.password()).isEqualTo("it-settings-key-encrypted");
        assertThat(proxy.toString()).doesNotContain("it-settings-key-encrypted").doesNotContain(ENCRYPTED);
        assertThat(proxy.proxies(URI.create("https://api.ionq.co/v0.4"))).isTrue();
        assertThat(proxy.proxies(URI.create("http://localhost:8080/v0.4"))).isFalse();
        assertThat(proxy.proxies(URI.create("https://build.internal/x"))).isFalse();
    }

    @Test
    void noActiveProxyLeavesTheJvmPropertiesInCharge() {
        Settings settings = new Settings();
        settings.addProxy(proxy("off", false, "other.example", 1, null));
        assertThat(SettingsProxy.active(settings, decrypter())).isNull();
        assertThat(SettingsProxy.active(new Settings(), decrypter())).isNull();
    }

    @Test
    void anIncompleteProxySaysWhatToFix() {
        Settings settings = new Settings();
        settings.addProxy(proxy("corp", true, " ", 3128, null));
        assertThatThrownBy(() -> SettingsProxy.active(settings, decrypter()))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("<proxy> 'corp' is not usable").hasMessageContaining("<host>");
    }

    private static Proxy proxy(String id, boolean active, String host, int port, String password) {
        Proxy proxy = new Proxy();
        proxy.setId(id);
        proxy.setActive(active);
        proxy.setProtocol("http");
        proxy.setHost(host);
        proxy.setPort(port);
        proxy.setNonProxyHosts("localhost|*.internal");
        if (password != null) {
            proxy.setUsername("ci-user");
            proxy.setPassword(password);
        }
        return proxy;
    }

    private static SettingsDecrypter decrypter() {
        try {
            Path file = Path.of(SettingsProxyTest.class.getResource("/settings/settings-security.xml").toURI());
            return new DefaultSettingsDecrypter(new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(),
                    file.toString()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
