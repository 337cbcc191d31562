package io.github.ionqci.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/**
 * One request to IonQ whose JSON answer becomes a typed record: sends through the {@link Transport} (retries,
 * deadlines), turns an unsuccessful status into IonQ's exception and a body that does not fit into
 * {@link io.github.ionqci.client.IonQResponseException}.
 */
public final class ApiCalls {

    private final Endpoints endpoints;
    private final Transport transport;
    private final ErrorReports errors;
    private final JobReader reader;

    /**
     * @param endpoints where
     * @param transport how
     * @param errors    the exceptions
     * @param reader    JSON bodies
     */
    public ApiCalls(Endpoints endpoints, Transport transport, ErrorReports errors, JobReader reader) {
        this.endpoints = endpoints;
        this.transport = transport;
        this.errors = errors;
        this.reader = reader;
    }

    /**
     * @param method     the HTTP method
     * @param pathAndQuery under the base URL, e.g. {@code /backends}
     * @param body       a JSON body, or null
     * @param action     what the call does, for messages ("list the backends")
     * @param jobId      the job concerned, or null
     * @return the answer's JSON
     */
    public JsonNode send(String method, String pathAndQuery, String body, String action, String jobId) {
        return send(new Call(method, endpoints.api(pathAndQuery), body, action, jobId, null));
    }

    /**
     * @param call the call
     * @return the answer's JSON
     */
    public JsonNode send(Call call) {
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
        return reader.readTree(call, response);
    }

    /**
     * @param method the HTTP method
     * @param path   under the base URL
     * @param body   a JSON body, or null
     * @param action what the call does
     * @param jobId  the job concerned, or null
     * @param type   the record the answer becomes
     * @param <T>    its type
     * @return the answer as {@code type}
     */
    public <T> T send(String method, String path, String body, String action, String jobId, JavaType type) {
        JsonNode node = send(method, path, body, action, jobId);
        try {
            return Json.mapper().readerFor(type).readValue(node);
        } catch (IOException e) {
            Call call = new Call(method, endpoints.api(path), body, action, jobId, null);
            throw errors.invalid(call, "the answer does not have the expected shape ("
                    + Optional.ofNullable(e.getMessage()).map(m -> m.split("\n")[0]).orElse("") + ")",
                    "Report this to support@ionq.co with the request id");
        }
    }

    /**
     * @param pathAndQuery under the base URL
     * @param action       what the download is
     * @param jobId        the job concerned
     * @return the raw body
     */
    public byte[] download(String pathAndQuery, String action, String jobId) {
        Call call = Call.get(endpoints.api(pathAndQuery), action, jobId);
        ApiResponse response = transport.send(call);
        if (!response.isSuccess()) {
            throw errors.forStatus(call, response);
        }
        return response.body();
    }
}
