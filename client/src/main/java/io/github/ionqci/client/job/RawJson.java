package io.github.ionqci.client.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON values the model does not type, kept as plain, unmodifiable Java values: maps, lists, strings, numbers, booleans, nulls. */
final class RawJson {

    private RawJson() {
    }

    /**
     * @param node a JSON value
     * @return it as an unmodifiable {@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean} or null
     */
    static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            return object(node);
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return Collections.unmodifiableList(items);
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.asText();
    }

    /**
     * @param node a JSON object
     * @return its fields in order, as {@link #value} gives them
     */
    static Map<String, Object> object(JsonNode node) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            fields.put(field.getKey(), value(field.getValue()));
        }
        return Collections.unmodifiableMap(fields);
    }

    /**
     * @param map a map of raw values (or null)
     * @return an unmodifiable copy that keeps its order and null values
     */
    static Map<String, Object> copy(Map<String, Object> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
