package io.github.ionqci.client.internal;

import io.github.ionqci.client.HttpProxy;
import java.net.Authenticator;
import java.net.PasswordAuthentication;

/** Answers the configured proxy's {@code 407} challenge, and nothing else: the origin never gets them. */
final class ProxyCredentials extends Authenticator {

    private final HttpProxy proxy;

    ProxyCredentials(HttpProxy proxy) {
        this.proxy = proxy;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY || !proxy.host().equalsIgnoreCase(getRequestingHost())
                || getRequestingPort() != proxy.port()) {
            return null;
        }
        String password = proxy.password() == null ? "" : proxy.password();
        return new PasswordAuthentication(proxy.username(), password.toCharArray());
    }

    @Override
    public String toString() {
        return "ProxyCredentials[" + proxy + "]";
    }
}
