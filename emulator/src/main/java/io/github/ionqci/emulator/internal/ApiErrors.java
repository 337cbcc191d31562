package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * IonQ's error bodies: {@code {"error", "message", "statusCode"}}, plus {@code validation} on 400.
 * Texts follow the published examples of the v0.4 API.
 */
public final class ApiErrors {

    /** The message IonQ sends with 401. */
    public static final String INVALID_KEY = "Invalid key provided. See https://docs.ionq.com/#authentication"
            + " for details, or email support@ionq.co for help.";
    /** The message IonQ sends with 404 for an unknown resource. */
    public static final String NOT_FOUND = "Resource not found. See https://docs.ionq.com/ for details,"
            + " or email support@ionq.co for help.";
    /** The message of a result download before the job completed. */
    public static final String RESULTS_NOT_READY = "Job not found or not yet completed";

    private ApiErrors() {
    }

    /**
     * @param status  HTTP status
     * @param message the message
     * @return IonQ's error body with the standard {@code error} name for the status
     */
    public static HttpReply error(int status, String message) {
        return HttpReply.json(status, body(status, message));
    }

    /**
     * @param status  HTTP status
     * @param message the message
     * @return the error body as a JSON object
     */
    public static ObjectNode body(int status, String message) {
        ObjectNode body = Json.object();
        body.put("error", errorName(status));
        body.put("message", message);
        body.put("statusCode", status);
        return body;
    }

    /** @return 401 with IonQ's body */
    public static HttpReply unauthorized() {
        return error(401, INVALID_KEY);
    }

    /** @return 404 with IonQ's generic body */
    public static HttpReply notFound() {
        return error(404, NOT_FOUND);
    }

    /**
     * @param message what is wrong
     * @param source  where: {@code body}, {@code params} or {@code query}
     * @param keys    the offending keys
     * @return 400 with {@code validation.keys}
     */
    public static HttpReply badRequest(String message, String source, List<String> keys) {
        ObjectNode body = body(400, message);
        ObjectNode validation = body.putObject("validation");
        ArrayNode array = validation.putArray("keys");
        keys.forEach(array::add);
        validation.put("source", source);
        return HttpReply.json(400, body);
    }

    /**
     * @param status an HTTP status
     * @return IonQ's (or the standard) name for it
     */
    public static String errorName(int status) {
        switch (status) {
            case 401: return "Unauthorized Error";
            case 403: return "Forbidden Error";
            case 404: return "Not Found Error";
            case 413: return "Payload Too Large";
            default:
                String known = io.github.ionqci.emulator.internal.http.StatusReasons.known(status);
                return known != null && status >= 400 ? known : status >= 500 ? "Server Error" : "Error";
        }
    }

    /**
     * @param status an HTTP status
     * @return a message in IonQ's style for an injected error of that status
     */
    public static String defaultMessage(int status) {
        switch (status) {
            case 401: return INVALID_KEY;
            case 403: return "The API key is not authorized for this resource.";
            case 404: return NOT_FOUND;
            case 429: return "Too Many Requests. To get a higher rate limit, please reach out to support@ionq.co";
            case 500: return "Internal service outage. Visit https://status.ionq.co/ to track this incident.";
            case 502: return "Bad Gateway. This can be retried; downtime is reported on https://status.ionq.co/";
            case 503: return "Service Unavailable. Visit https://status.ionq.co/ to track this incident.";
            case 504: return "Gateway Timeout. Visit https://status.ionq.co/ to track this incident.";
            default: return errorName(status);
        }
    }
}
