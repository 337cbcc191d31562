package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** Uses Maven's real decrypter and cipher, with a settings-security.xml made by {@code mvn --encrypt-master-password}. */
class ApiKeyLookupTest {

    /** "it-settings-key-encrypted", encrypted with {@code mvn --encrypt-password} under settings-security.xml's master. */
    private static final String ENCRYPTED = "{ExKx69yVNxUH3c80PdIoJMK/qCjdn6YjniXFINzdHimEKJEAlOMSoTU/PicfxZer}";

    private final SettingsDecrypter decrypter = decrypter("settings-security.xml");

    @Test
    void thePropertyComesFirst() {
        Optional<ApiKeyLookup.Found> found = ApiKeyLookup.find(Map.of("ionq.api-key", " from-property ")::get,
                Map.of("IONQ_API_KEY", "from-env"), settings("ionq", "from-settings"), decrypter, "ionq");
        assertThat(found).get().satisfies(f -> {
            assertThat(f.key().reveal()).isEqualTo("from-property");
            assertThat(f.source()).isEqualTo("the property ionq.api-key");
        });
    }

    @Test
    void thenTheEnvironmentThenSettingsBlankValuesCountAsUnset() {
        assertThat(ApiKeyLookup.find(Map.of("ionq.api-key", "  ")::get, Map.of("IONQ_API_KEY", "from-env"),
                settings("ionq", "from-settings"), decrypter, "ionq")).get()
                .satisfies(f -> assertThat(f.key().reveal()).isEqualTo("from-env"));
        assertThat(ApiKeyLookup.find(name -> null, Map.of("IONQ_API_KEY", ""), settings("ionq", "from-settings"),
                decrypter, "ionq")).get()
                .satisfies(f -> {
                    assertThat(f.key().reveal()).isEqualTo("from-settings");
                    assertThat(f.source()).isEqualTo("settings.xml server 'ionq'");
                });
    }

    @Test
    void theServerIdIsConfigurable() {
        assertThat(ApiKeyLookup.fromSettings(settings("ionq-prod", "prod-key"), decrypter, "ionq")).isEmpty();
        assertThat(ApiKeyLookup.fromSettings(settings("ionq-prod", "prod-key"), decrypter, "ionq-prod")).get()
                .satisfies(f -> assertThat(f.key().reveal()).isEqualTo("prod-key"));
    }

    @Test
    void anEncryptedPasswordIsDecrypted() {
        assertThat(ApiKeyLookup.fromSettings(settings("ionq", ENCRYPTED), decrypter, "ionq")).get()
                .satisfies(f -> assertThat(f.key().reveal()).isEqualTo("it-settings-key-encrypted"));
    }

    @Test
    void aDecryptionProblemStopsTheBuildWithoutShowingAnySecret() {
        SettingsDecrypter wrongMaster = decrypter("wrong-settings-security.xml");
        assertThatThrownBy(() -> ApiKeyLookup.fromSettings(settings("ionq", ENCRYPTED), wrongMaster, "ionq"))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("Cannot decrypt the API key of the settings.xml server 'ionq'")
                .hasMessageContaining("settings-security.xml")
                .hasMessageContaining("mvn --encrypt-password")
                .message().doesNotContain("it-settings-key-encrypted").doesNotContain(ENCRYPTED);
    }

    @Test
    void aServerWithoutPasswordSaysWhereTheKeyGoes() {
        assertThatThrownBy(() -> ApiKeyLookup.fromSettings(settings("ionq", null), decrypter, "ionq"))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("The settings.xml server 'ionq' has no <password>");
    }

    @Test
    void nothingConfiguredIsEmptyAndTheMessageListsEveryWay() {
        assertThat(ApiKeyLookup.find(name -> null, Map.of(), new Settings(), decrypter, "ionq")).isEmpty();
        assertThat(ApiKeyLookup.find(name -> null, Map.of(), null, decrypter, "ionq")).isEmpty();
        assertThat(ApiKeyLookup.missingMessage("ionq"))
                .contains("-Dionq.api-key", "IONQ_API_KEY", "<id>ionq</id>", "ionq:emulator-start");
    }

    @Test
    void aKeyWithALineBreakIsRejectedWithoutBeingShown() {
        assertThatThrownBy(() -> ApiKeyLookup.find(Map.of("ionq.api-key", "abc\ndef")::get, Map.of(), null,
                decrypter, "ionq"))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("The API key from the property ionq.api-key is not usable")
                .message().doesNotContain("abc").doesNotContain("def");
    }

    private static Settings settings(String id, String password) {
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    private static SettingsDecrypter decrypter(String securityFile) {
        try {
            Path file = Path.of(ApiKeyLookupTest.class.getResource("/settings/" + securityFile).toURI());
            return new DefaultSettingsDecrypter(new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(),
                    file.toString()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
