package io.github.ionqci.client.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why a job failed: {@code failure} in the v0.4 job body.
 *
 * <p>v0.4 sends {@code {"code", "message"}}. Older responses and some proxies send {@code error}
 * instead of {@code message}; that text is kept as the message rather than lost.
 *
 * @param code    the failure code; never null once parsed
 * @param message IonQ's explanation, or an empty string when the API gave none
 */
public record Failure(FailureCode code, String message) {

    /**
     * @param code    the failure code
     * @param message the explanation
     */
    public Failure {
        if (code == null) {
            code = FailureCode.of("Unknown");
        }
        if (message == null) {
            message = "";
        }
    }

    @JsonCreator
    static Failure fromJson(@JsonProperty("code") String code,
                            @JsonProperty("message") String message,
                            @JsonProperty("error") String error) {
        return new Failure(code == null || code.isBlank() ? null : FailureCode.of(code),
                message != null && !message.isBlank() ? message : error);
    }

    @Override
    public String toString() {
        return message.isEmpty() ? code.value() : code.value() + ": " + message;
    }
}
