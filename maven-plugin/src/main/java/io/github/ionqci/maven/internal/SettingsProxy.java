package io.github.ionqci.maven.internal;

import io.github.ionqci.client.HttpProxy;
import java.util.stream.Collectors;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The active {@code <proxy>} of Maven's {@code settings.xml} as the client's {@link HttpProxy}, its password
 * decrypted when encrypted:
 *
 * <pre>{@code
 * <proxy><id>corp</id><active>true</active><protocol>http</protocol><host>proxy.corp</host><port>3128</port>
 *        <username>ci</username><password>{…}</password><nonProxyHosts>localhost|*.corp</nonProxyHosts></proxy>
 * }</pre>
 */
public final class SettingsProxy {

    private SettingsProxy() {
    }

    /**
     * @param settings  the build's settings
     * @param decrypter Maven's settings decrypter
     * @return the active proxy, or null when none is active (the client then follows the JVM's properties)
     * @throws ConfigurationProblem when the proxy is incomplete or its password cannot be decrypted
     */
    public static HttpProxy active(Settings settings, SettingsDecrypter decrypter) {
        Proxy proxy = settings == null ? null : settings.getActiveProxy();
        if (proxy == null) {
            return null;
        }
        if (proxy.getPassword() != null && decrypter != null) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
            if (!result.getProblems().isEmpty()) {
                throw new ConfigurationProblem("The password of the settings.xml <proxy> '" + proxy.getId()
                        + "' cannot be decrypted: " + result.getProblems().stream().map(SettingsProblem::getMessage)
                        .collect(Collectors.joining("; ")) + ". Check settings-security.xml, or encrypt it again"
                        + " with mvn --encrypt-password.");
            }
            proxy = result.getProxy();
        }
        try {
            return new HttpProxy(proxy.getHost() == null ? "" : proxy.getHost().strip(), proxy.getPort(),
                    proxy.getUsername(), proxy.getPassword(), proxy.getNonProxyHosts());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem("The active settings.xml <proxy> '" + proxy.getId() + "' is not usable: "
                    + e.getMessage() + ". Give it a <host> and a <port>, or set <active>false</active>.", e);
        }
    }
}
