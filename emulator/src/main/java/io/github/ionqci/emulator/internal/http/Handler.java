package io.github.ionqci.emulator.internal.http;

import java.io.IOException;

/** Answers one request: {@link Exchange#respond}, {@link Exchange#respondCut} or {@link Exchange#close} to drop it. */
@FunctionalInterface
public interface Handler {

    /**
     * @param exchange the request and the way to answer it
     * @throws IOException if the connection fails (it is then closed)
     */
    void handle(Exchange exchange) throws IOException;
}
