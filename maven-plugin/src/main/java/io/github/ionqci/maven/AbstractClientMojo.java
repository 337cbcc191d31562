package io.github.ionqci.maven;

import io.github.ionqci.client.HttpProxy;
import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQConfig;
import io.github.ionqci.client.IonQConfigurationException;
import io.github.ionqci.client.IonQProperties;
import io.github.ionqci.maven.internal.ApiKeyLookup;
import io.github.ionqci.maven.internal.ConfigurationProblem;
import io.github.ionqci.maven.internal.MavenLogger;
import io.github.ionqci.maven.internal.SettingsProxy;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A goal that talks to IonQ: finds the API key and the base URL and builds the client.
 *
 * <p>The key is deliberately not a mojo parameter: Maven prints every parameter's value with {@code -X},
 * so a key configured as a parameter would end up in debug logs. It is read from the property
 * {@code ionq.api-key}, the environment variable {@code IONQ_API_KEY} or settings.xml (see
 * {@link ApiKeyLookup}).
 */
abstract class AbstractClientMojo extends AbstractIonQMojo {

    /**
     * The IonQ API to talk to. Falls back to the environment variable {@code IONQ_BASE_URL}, then to
     * {@code https://api.ionq.co/v0.4}. {@code ionq:emulator-start} sets it to the emulator's URL.
     */
    @Parameter(property = "ionq.base-url")
    protected String baseUrl;

    /** The id of the settings.xml {@code <server>} whose {@code <password>} is the API key. */
    @Parameter(property = "ionq.server-id", defaultValue = "ionq")
    protected String serverId;

    private final SettingsDecrypter decrypter;

    /** @param decrypter Maven's settings decrypter, for an encrypted key in settings.xml */
    protected AbstractClientMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /**
     * Starts a configuration with the key and base URL resolved; the caller adds timeouts and builds it.
     *
     * @return the builder
     * @throws ConfigurationProblem when no key is configured or the base URL is invalid
     */
    protected IonQConfig.Builder configuration() {
        Map<String, String> environment = System.getenv();
        ApiKeyLookup.Found key = findApiKey(decrypter, serverId)
                .orElseThrow(() -> new ConfigurationProblem(ApiKeyLookup.missingMessage(serverId)));
        getLog().info("Using the IonQ API key from " + key.source());
        IonQConfig.Builder builder = IonQConfig.builder().apiKey(key.key()).logger(new MavenLogger(getLog()));
        HttpProxy proxy = SettingsProxy.active(session.getSettings(), decrypter);
        if (proxy != null) {
            getLog().info("Using the HTTP proxy " + proxy.host() + ":" + proxy.port() + " from settings.xml"
                    + (proxy.authenticates() ? " (with its credentials)" : ""));
            builder.proxy(proxy);
        }
        String url = baseUrl;
        String urlSource = IonQProperties.BASE_URL;
        if (url == null || url.isBlank()) {
            url = environment.get(IonQProperties.BASE_URL_ENV);
            urlSource = "the environment variable " + IonQProperties.BASE_URL_ENV;
        }
        if (url != null && !url.isBlank()) {
            try {
                builder.baseUrl(url.strip());
            } catch (IonQConfigurationException | IllegalArgumentException e) {
                throw new ConfigurationProblem(urlSource + " = '" + url + "' is not usable: " + e.getMessage(), e);
            }
        }
        return builder;
    }

    /**
     * @param builder a configuration from {@link #configuration()}, completed by the goal
     * @return the configuration
     * @throws ConfigurationProblem if it is invalid
     */
    protected static IonQConfig build(IonQConfig.Builder builder) {
        try {
            return builder.build();
        } catch (IonQConfigurationException | IllegalArgumentException e) {
            throw new ConfigurationProblem(e.getMessage(), e);
        }
    }

    /**
     * @param config the configuration
     * @return a client for it
     * @throws ConfigurationProblem if the configuration is invalid
     */
    protected static IonQClient client(IonQConfig config) {
        try {
            return IonQClient.create(config);
        } catch (IonQConfigurationException | IllegalArgumentException e) {
            throw new ConfigurationProblem(e.getMessage(), e);
        }
    }
}
