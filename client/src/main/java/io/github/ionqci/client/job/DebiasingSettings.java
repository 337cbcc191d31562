package io.github.ionqci.client.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code settings.error_mitigation.debiasing}: the API sends either a boolean or an object with
 * phi-chi twirling parameters (which means debiasing is on).
 *
 * @param enabled        whether debiasing is on
 * @param phiChiTwirling twirling parameters, or null when the API sent a plain boolean
 */
public record DebiasingSettings(boolean enabled, PhiChiTwirling phiChiTwirling) {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static DebiasingSettings fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return new DebiasingSettings(node.booleanValue(), null);
        }
        if (node.isObject()) {
            JsonNode twirling = node.get("phi_chi_twirling");
            PhiChiTwirling parsed = twirling == null || twirling.isNull()
                    ? null
                    : PLAIN.convertValue(twirling, PhiChiTwirling.class);
            return new DebiasingSettings(true, parsed);
        }
        throw new IllegalArgumentException(
                "settings.error_mitigation.debiasing must be a boolean or an object, but was: " + node.getNodeType());
    }
}
