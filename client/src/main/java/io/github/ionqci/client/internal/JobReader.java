package io.github.ionqci.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ionqci.client.job.Job;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads job bodies, turning anything that is not a usable job into an error that says what was received. */
public final class JobReader {

    /** The JSON name of {@link Job#unreadableFields()}. */
    private static final String UNREADABLE = "unreadable_fields";
    /** The JSON name of {@link Job#fieldsQuotingApiKey()}. */
    private static final String QUOTING_KEY = "fields_quoting_api_key";
    /** What must be readable for a job to be a job. */
    private static final Set<String> ESSENTIAL = Set.of("id", "status", "failure");
    /** An unknown status longer than this is not a status IonQ added but garbage. */
    private static final int MAX_UNKNOWN_STATUS = 64;

    private final ErrorReports errors;

    /**
     * @param errors the error reports
     */
    public JobReader(ErrorReports errors) {
        this.errors = errors;
    }

    /**
     * @param call       the call
     * @param response   its successful response
     * @param expectedId the job asked for
     * @return the job, checked to be that job
     */
    public Job readJob(Call call, ApiResponse response, String expectedId) {
        JsonNode node = readTree(call, response);
        Job job = toJob(call, response, node);
        if (!job.id().equals(expectedId)) {
            throw errors.badBody(call, response, "job " + job.id() + " instead of job " + expectedId);
        }
        return job;
    }

    /**
     * Reads one job. A field that cannot be read (a malformed timestamp, a number that is not one) does
     * not make the job unreadable: it is left out, and its raw value kept in
     * {@link Job#unreadableFields()}, so that reading it fails naming field and value while the status,
     * id and failure stay readable. Only those three must be readable.
     *
     * @param call     the call
     * @param response its response
     * @param node     one job's JSON
     * @return the job, with an id and a status
     */
    public Job toJob(Call call, ApiResponse response, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw errors.badBody(call, response, kindOf(node) + " where a job object was expected");
        }
        ObjectNode fields = ((ObjectNode) node).deepCopy();
        fields.remove(UNREADABLE);   // the client's own bookkeeping, never the server's
        fields.remove(QUOTING_KEY);
        ArrayNode quoting = fields.arrayNode();
        fields.fieldNames().forEachRemaining(name -> {
            if (quotesKey(name, fields.get(name))) {
                quoting.add(name);
            }
        });
        if (!quoting.isEmpty()) {
            fields.set(QUOTING_KEY, quoting);
        }
        ObjectNode unreadable = fields.objectNode();
        Job job = null;
        while (job == null) {
            try {
                job = Json.mapper().treeToValue(fields, Job.class);
            } catch (JsonMappingException e) {
                String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
                if (field == null || ESSENTIAL.contains(field) || !fields.has(field)) {
                    throw errors.badBody(call, response, "a job with a field of the wrong type (" + describe(e) + ")");
                }
                unreadable.put(field, raw(fields.get(field)));
                fields.remove(field);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw errors.badBody(call, response, "a job that cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (!unreadable.isEmpty()) {
            fields.set(UNREADABLE, unreadable);
            try {
                job = Json.mapper().treeToValue(fields, Job.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw errors.badBody(call, response, "a job that cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (job.id() == null || job.id().isBlank()) {
            throw errors.badBody(call, response, "a job without an \"id\"");
        }
        if (errors.quotesKey(job.id())) {
            throw errors.badBody(call, response, "a job whose \"id\" is not one (\"" + errors.clip(job.id(), 40) + "\")");
        }
        if (job.status() == null) {
            throw errors.badBody(call, response, "job " + job.id() + " without a \"status\"");
        }
        String status = job.status().toString();
        if (!job.status().isKnown() && (status.length() > MAX_UNKNOWN_STATUS || !errors.scrub(status).equals(status))) {
            throw errors.badBody(call, response, "job " + job.id() + " with a status that is not one (\""
                    + errors.clip(status, 40) + "\")");
        }
        return job;
    }

    /** @return whether a field's name or any text or name inside its value holds the API key */
    private boolean quotesKey(String name, JsonNode value) {
        if (errors.quotesKey(name)) {
            return true;
        }
        if (value.isTextual()) {
            return errors.quotesKey(value.textValue());
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (quotesKey("", item)) {
                    return true;
                }
            }
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (quotesKey(field.getKey(), field.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The raw value, as JSON text, at most 100 characters, with the key scrubbed before and after cutting. */
    private String raw(JsonNode value) {
        String text = errors.scrub(value.toString());
        return errors.scrub(text.length() > 100 ? text.substring(0, 100) + "…" : text);
    }

    private static String kindOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "no JSON value";
        }
        switch (node.getNodeType()) {
            case ARRAY:
                return "a JSON array";
            case STRING:
                return "a JSON string";
            case NUMBER:
                return "a JSON number";
            case BOOLEAN:
                return "a JSON boolean";
            case NULL:
                return "JSON null";
            default:
                return "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private String describe(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException && e.getCause() != null
                && e.getCause().getMessage() != null) {
            message = e.getCause().getMessage();
        }
        int cut = message.indexOf('\n');
        if (cut > 0) {
            message = message.substring(0, cut);
        }
        message = errors.clip(message, 160);
        return (path.isEmpty() ? "" : "field " + path + ": ") + message;
    }

    /**
     * @param call     the call
     * @param response its response
     * @return the body as JSON
     */
    public JsonNode readTree(Call call, ApiResponse response) {
        if (response.body().length == 0) {
            throw errors.badBody(call, response, "an empty body where JSON was expected");
        }
        try {
            JsonNode node = Json.mapper().readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw errors.badBody(call, response, "an empty body where JSON was expected");
            }
            return node;
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            throw errors.badBody(call, response, "JSON that ends early (truncated after " + response.body().length
                    + " bytes)");
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage() == null ? ""
                    : errors.clip(e.getOriginalMessage().replaceAll("\\s+", " "), 120);
            throw errors.badBody(call, response, "a body that is not JSON (" + what + ")");
        } catch (IOException e) {
            throw errors.badBody(call, response, "an unreadable body (" + e.getClass().getSimpleName() + ")");
        }
    }
}
