package io.github.ionqci.maven.internal;

import io.github.ionqci.client.ApiKey;
import io.github.ionqci.client.IonQConfigurationException;
import io.github.ionqci.client.IonQProperties;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Finds the IonQ API key for a build, in the order of the product's one configuration: the property
 * {@code ionq.api-key} (command line, system property or a project property such as the one
 * {@code ionq:emulator-start} sets), then the environment variable {@code IONQ_API_KEY}, then the
 * password of the {@code settings.xml} server {@code ionq} (or {@code ionq.server-id}), decrypted with
 * Maven's {@link SettingsDecrypter}.
 *
 * <p>Any decryption problem of severity ERROR or FATAL stops the build: Maven passes un-encrypted
 * passwords through untouched, so a problem always means a real mistake (a missing or wrong
 * {@code settings-security.xml}, a damaged encrypted value), never something to ignore. The key itself
 * never appears in a message.
 */
public final class ApiKeyLookup {

    /**
     * A key and where it came from.
     *
     * @param key    the key ({@code toString()} never shows it)
     * @param source where it came from, safe to log: e.g. {@code settings.xml server 'ionq'}
     */
    public record Found(ApiKey key, String source) {
    }

    private ApiKeyLookup() {
    }

    /**
     * @param properties  Maven's property lookup (user, system, then project properties)
     * @param environment the process environment
     * @param settings    the build's settings, or null
     * @param decrypter   Maven's settings decrypter
     * @param serverId    the settings.xml server id holding the key
     * @return the key, or empty when none is configured anywhere
     * @throws ConfigurationProblem if a key is configured but unusable (decryption problem, bad characters)
     */
    public static Optional<Found> find(Function<String, String> properties, Map<String, String> environment,
                                       Settings settings, SettingsDecrypter decrypter, String serverId) {
        String property = properties.apply(IonQProperties.API_KEY);
        if (property != null && !property.isBlank()) {
            return Optional.of(new Found(toKey(property, "the property " + IonQProperties.API_KEY),
                    "the property " + IonQProperties.API_KEY));
        }
        String env = environment.get(IonQProperties.API_KEY_ENV);
        if (env != null && !env.isBlank()) {
            return Optional.of(new Found(toKey(env, "the environment variable " + IonQProperties.API_KEY_ENV),
                    "the environment variable " + IonQProperties.API_KEY_ENV));
        }
        return fromSettings(settings, decrypter, serverId);
    }

    /**
     * Reads the password of a settings.xml server, decrypting it.
     *
     * @param settings  the build's settings, or null
     * @param decrypter Maven's settings decrypter
     * @param serverId  the server id
     * @return the key, or empty when there is no such server
     * @throws ConfigurationProblem if the server has no password or it cannot be decrypted
     */
    public static Optional<Found> fromSettings(Settings settings, SettingsDecrypter decrypter, String serverId) {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            return Optional.empty();
        }
        String source = "settings.xml server '" + serverId + "'";
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        String problems = result.getProblems().stream()
                .filter(p -> p.getSeverity() == SettingsProblem.Severity.ERROR
                        || p.getSeverity() == SettingsProblem.Severity.FATAL)
                .map(p -> p.getMessage().replaceAll("[.\\s]+$", ""))
                .collect(Collectors.joining("; "));
        if (!problems.isEmpty()) {
            throw new ConfigurationProblem("Cannot decrypt the API key of the " + source + ": " + problems
                    + ". Check that settings-security.xml (~/.m2/settings-security.xml, or -Dsettings.security=…)"
                    + " holds the master password the key was encrypted with, or encrypt the key again with"
                    + " 'mvn --encrypt-password'.");
        }
        Server decrypted = result.getServer() != null ? result.getServer() : server;
        String password = decrypted.getPassword();
        if (password == null || password.isBlank()) {
            throw new ConfigurationProblem("The " + source + " has no <password>. Put the IonQ API key there"
                    + " (plain or encrypted with 'mvn --encrypt-password'), or remove the server and set "
                    + IonQProperties.API_KEY + " / " + IonQProperties.API_KEY_ENV + " instead.");
        }
        return Optional.of(new Found(toKey(password, "the " + source), source));
    }

    /**
     * @param serverId the settings.xml server id the build looked in
     * @return what to do when no key is found anywhere
     */
    public static String missingMessage(String serverId) {
        return "No IonQ API key is configured. Set the environment variable " + IonQProperties.API_KEY_ENV
                + ", or a <server> with <id>" + serverId + "</id> and the key as <password> in settings.xml"
                + " (encrypted with 'mvn --encrypt-password' if you like); not -D" + IonQProperties.API_KEY
                + ", which Maven copies into the test JVMs' reports. To run against the embedded emulator instead,"
                + " bind ionq:emulator-start before this goal.";
    }

    private static ApiKey toKey(String value, String source) {
        try {
            return ApiKey.of(value);
        } catch (IonQConfigurationException e) {
            throw new ConfigurationProblem("The API key from " + source + " is not usable: " + e.getMessage(), e);
        }
    }
}
