package io.github.ionqci.client.internal;

import io.github.ionqci.client.JobId;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.NumberInput;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ionqci.client.job.NativeCircuit;
import io.github.ionqci.client.result.Bitstrings;
import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.client.result.Shots;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streams IonQ result JSON straight into primitive arrays: no tree, no boxed map.
 *
 * <ul>
 *   <li>probabilities {@code {"0": 0.5, "3": 0.5}} (values may be the integers 0 and 1);</li>
 *   <li>histogram {@code {"0": 498, "3": 502}};</li>
 *   <li>shots {@code ["0", "3", …]} or {@code [0, 3, …]};</li>
 *   <li>a multi-circuit aggregate {@code {"<child-id>": {"0": 0.5, …}, …}};</li>
 *   <li>the v2 probabilities and histogram formats, {@code {"probabilities": {"registers": {"output_all":
 *       {"011": 0.5, …}}}}}, keyed by bitstrings read with qubit 0 rightmost (IonQ does not document
 *       their order).</li>
 * </ul>
 * v1 keys are decimal basis states, qubit 0 the least significant bit.
 *
 * <pre>{@code
 * Probabilities p = ResultParser.probabilities(bytes, 20);
 * }</pre>
 */
public final class ResultParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private static final String KEYS = "keys are decimal basis states, qubit 0 the least significant bit";

    /** The register of a v2 result that holds every qubit. */
    public static final String OUTPUT_ALL = "output_all";

    private ResultParser() {
    }

    /**
     * @param json   a probabilities body
     * @param qubits the job's qubit count, or 0 when unknown
     * @return the probabilities
     * @throws ResultFormatException saying what is wrong
     */
    public static Probabilities probabilities(byte[] json, int qubits) throws ResultFormatException {
        return distribution(json, qubits, "probabilities", "basis state to probability",
                ResultParser::readProbabilities);
    }

    /**
     * @param json   a histogram body
     * @param qubits the job's qubit count, or 0 when unknown
     * @return the histogram
     * @throws ResultFormatException saying what is wrong
     */
    public static Histogram histogram(byte[] json, int qubits) throws ResultFormatException {
        return distribution(json, qubits, "histogram", "basis state to count", ResultParser::readHistogram);
    }

    /**
     * @param json   a shots body: an array of decimal strings or integers
     * @param qubits the job's qubit count, or 0 when unknown
     * @return the shots, in order
     * @throws ResultFormatException saying what is wrong
     */
    public static Shots shots(byte[] json, int qubits) throws ResultFormatException {
        return parse(json, p -> {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                return outputAll(readShotRegisters(p), "shots");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new ResultFormatException(tokenName(first) + " where a JSON array of shots (one basis state"
                        + " each) was expected");
            }
            long[] outcomes = new long[Math.max(16, Math.min(count(json, (byte) ',') + 1, json.length / 2 + 1))];
            int n = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                long state;
                if (t == JsonToken.VALUE_STRING) {
                    state = state(p.getText());
                } else if (t == JsonToken.VALUE_NUMBER_INT) {
                    state = p.getLongValue();
                    if (state < 0) {
                        throw new ResultFormatException("shot " + n + " measuring state " + state
                                + ", which is negative (" + KEYS + ")");
                    }
                } else {
                    throw new ResultFormatException(tokenName(t) + " as shot " + n
                            + " (each shot is a decimal basis state such as \"3\")");
                }
                if (n == outcomes.length) {
                    outcomes = Arrays.copyOf(outcomes, n * 2);
                }
                outcomes[n++] = state;
            }
            expectEnd(p);
            long[] exact = n == outcomes.length ? outcomes : Arrays.copyOf(outcomes, n);
            return Shots.of(exact, width(exact, qubits));
        });
    }

    /**
     * The probabilities of every register: a v2 body's registers, in the order received, or a v1 body as the one
     * register {@value #OUTPUT_ALL}.
     *
     * @param json   a probabilities body, v1 or v2
     * @param qubits the job's qubit count, or 0 when unknown
     * @return probabilities by register name
     * @throws ResultFormatException saying what is wrong
     */
    public static Map<String, Probabilities> probabilityRegisters(byte[] json, int qubits) throws ResultFormatException {
        return registers(json, qubits, "probabilities", ResultParser::readProbabilities, ResultParser::probabilities);
    }

    /**
     * @param json   a histogram body, v1 or v2
     * @param qubits the job's qubit count, or 0 when unknown
     * @return histograms by register name (a v1 body is the one register {@value #OUTPUT_ALL})
     * @throws ResultFormatException saying what is wrong
     */
    public static Map<String, Histogram> histogramRegisters(byte[] json, int qubits) throws ResultFormatException {
        return registers(json, qubits, "histogram", ResultParser::readHistogram, ResultParser::histogram);
    }

    /**
     * @param json   a shots body, v1 (an array of states) or v2 ({@code {"shots": [{"registers": {"<name>": [bits]}}]}},
     *               bit {@code i} of an array being qubit {@code i} of its register)
     * @param qubits the job's qubit count, or 0 when unknown
     * @return shots by register name (a v1 body is the one register {@value #OUTPUT_ALL})
     * @throws ResultFormatException saying what is wrong
     */
    public static Map<String, Shots> shotRegisters(byte[] json, int qubits) throws ResultFormatException {
        boolean v2 = parse(json, p -> p.nextToken() == JsonToken.START_OBJECT);
        if (!v2) {
            return Map.of(OUTPUT_ALL, shots(json, qubits));
        }
        return parse(json, p -> {
            p.nextToken();
            return readShotRegisters(p);
        });
    }

    /**
     * @param json   an {@code ionq.native.v1} compiled circuit: {@code {"qubits": n, "circuit": [{"gate": "ms", …}]}}
     * @param qubits unused (a compiled circuit states its own width)
     * @return the circuit
     * @throws ResultFormatException saying what is wrong
     */
    public static NativeCircuit nativeCircuit(byte[] json, int qubits) throws ResultFormatException {
        JsonNode node;
        try {
            node = Json.mapper().readTree(json);
        } catch (JsonEOFException e) {
            throw truncated(json);
        } catch (JsonParseException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new ResultFormatException("an unreadable body (" + e.getClass().getSimpleName() + ")");
        }
        if (node == null || !node.isObject() || !node.path("qubits").canConvertToInt()
                || !node.path("circuit").isArray()) {
            throw new ResultFormatException("a body that is not an ionq.native.v1 circuit (a JSON object with"
                    + " \"qubits\" and a \"circuit\" array of native gates)");
        }
        try {
            return Json.mapper().treeToValue(node, NativeCircuit.class);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            throw new ResultFormatException("an invalid compiled circuit (" + (e.getCause() == null
                    ? e.getOriginalMessage() : e.getCause().getMessage()) + ")");
        } catch (IOException | IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0];
            throw new ResultFormatException("an invalid compiled circuit (" + shorten(message) + ")");
        }
    }

    /** Reads the v1 form whole, or every register of the v2 form. */
    private static <T> Map<String, T> registers(byte[] json, int qubits, String kind, MapReader<T> reader,
                                               Parser<T> v1) throws ResultFormatException {
        boolean v2 = parse(json, p -> p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                && kind.equals(p.currentName()));
        if (!v2) {
            return Map.of(OUTPUT_ALL, v1.parse(json, qubits));
        }
        return parse(json, p -> {
            p.nextToken();
            p.nextToken();
            expectObject(p, p.nextToken(), "registers (a v2 " + kind + " result)");
            if (!findField(p, "registers")) {
                throw new ResultFormatException("a v2 " + kind + " result without \"registers\"");
            }
            expectObject(p, p.nextToken(), "register name to " + kind);
            Map<String, T> byRegister = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                expectObject(p, p.nextToken(), "bitstring to " + kind + " (register " + shorten(name) + ")");
                try {
                    byRegister.put(name, reader.read(p, qubits, 16, null, true));
                } catch (ResultFormatException e) {
                    throw new ResultFormatException(e.getMessage() + " in register " + shorten(name));
                }
            }
            if (byRegister.isEmpty()) {
                throw new ResultFormatException("a v2 " + kind + " result without any register");
            }
            return byRegister;
        });
    }

    /** A whole-body parser, as the v1 readers are. */
    @FunctionalInterface
    private interface Parser<T> {
        T parse(byte[] json, int qubits) throws ResultFormatException;
    }

    private static <T> T outputAll(Map<String, T> registers, String kind) throws ResultFormatException {
        T all = registers.get(OUTPUT_ALL);
        if (all == null) {
            throw new ResultFormatException("a v2 " + kind + " result without an \"output_all\" register (registers: "
                    + String.join(", ", registers.keySet()) + ")");
        }
        return all;
    }

    /**
     * Reads {@code {"shots": [{"registers": {"<name>": [0, 1, …]}}, …]}} from just after its START_OBJECT: each
     * register's bit array becomes a state, element {@code i} being qubit {@code i} (the least significant bit).
     */
    private static Map<String, Shots> readShotRegisters(JsonParser p) throws IOException, ResultFormatException {
        if (!findField(p, "shots")) {
            throw new ResultFormatException("a JSON object without \"shots\" where shots were expected (v1: an array"
                    + " of basis states; v2: {\"shots\": [{\"registers\": …}, …]})");
        }
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new ResultFormatException(tokenName(p.currentToken()) + " where the array of shots was expected");
        }
        Map<String, long[]> states = new LinkedHashMap<>();
        Map<String, Integer> widths = new LinkedHashMap<>();
        int n = 0;
        for (JsonToken shot = p.nextToken(); shot != JsonToken.END_ARRAY; shot = p.nextToken()) {
            expectObject(p, shot, "one shot's registers");
            if (!findField(p, "registers")) {
                throw new ResultFormatException("shot " + n + " without \"registers\"");
            }
            expectObject(p, p.nextToken(), "register name to bits (shot " + n + ")");
            int registersInShot = 0;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                if (n > 0 && !states.containsKey(name)) {
                    throw new ResultFormatException("shot " + n + " with register " + shorten(name)
                            + ", which the earlier shots do not have");
                }
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new ResultFormatException(tokenName(p.currentToken()) + " as register " + shorten(name)
                            + " of shot " + n + " (expected an array of bits)");
                }
                long state = 0;
                int bit = 0;
                for (JsonToken b = p.nextToken(); b != JsonToken.END_ARRAY; b = p.nextToken(), bit++) {
                    double value = b == JsonToken.VALUE_NUMBER_INT || b == JsonToken.VALUE_NUMBER_FLOAT
                            ? p.getDoubleValue() : -1;
                    if (value != 0 && value != 1) {
                        throw new ResultFormatException("bit " + bit + " of register " + shorten(name) + " in shot " + n
                                + " is " + (value == -1 ? tokenName(b) : p.getText()) + " (each bit is 0 or 1)");
                    }
                    if (bit >= 63) {
                        throw new ResultFormatException("register " + shorten(name) + " with more than 63 bits");
                    }
                    if (value == 1) {
                        state |= 1L << bit;
                    }
                }
                long[] column = states.computeIfAbsent(name, k -> new long[16]);
                if (n >= column.length) {
                    column = Arrays.copyOf(column, Math.max(n + 1, column.length * 2));
                    states.put(name, column);
                }
                column[n] = state;
                widths.merge(name, bit, Math::max);
                registersInShot++;
            }
            if (registersInShot != states.size()) {
                throw new ResultFormatException("shot " + n + " without every register (" + registersInShot + " of "
                        + states.size() + ")");
            }
            // the shot may hold more fields after "registers": skip them to its end
            if (p.nextToken() != JsonToken.END_OBJECT) {
                while (p.currentToken() == JsonToken.FIELD_NAME) {
                    p.nextToken();
                    p.skipChildren();
                    p.nextToken();
                }
            }
            n++;
        }
        if (n == 0) {
            throw new ResultFormatException("a v2 shots result with no shot");
        }
        Map<String, Shots> byRegister = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> column : states.entrySet()) {
            long[] exact = Arrays.copyOf(column.getValue(), n);
            byRegister.put(column.getKey(), Shots.of(exact, Math.max(1, widths.get(column.getKey()))));
        }
        return byRegister;
    }

    /**
     * @param json   a multi-circuit aggregate: child job id to probabilities
     * @param qubits the parent job's qubit count, or 0 when unknown
     * @return probabilities by child job id, in the order of the JSON
     * @throws ResultFormatException saying what is wrong
     */
    public static Map<String, Probabilities> aggregate(byte[] json, int qubits) throws ResultFormatException {
        return parse(json, p -> {
            expectObject(p, p.nextToken(), "child job id to probabilities");
            Map<String, Probabilities> byChild = new LinkedHashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String child = p.currentName();
                try {
                    JobId.require(child, "Child job id");
                } catch (IllegalArgumentException e) {
                    throw new ResultFormatException("an aggregate keyed by \"" + shorten(child)
                            + "\", which is not a child job id (a multi-circuit result is keyed by child job id)");
                }
                JsonToken v = p.nextToken();
                if (v != JsonToken.START_OBJECT) {
                    throw new ResultFormatException(tokenName(v) + " for child job " + child
                            + " where its probabilities (a JSON object) were expected; a single-circuit result"
                            + " is not an aggregate");
                }
                try {
                    // the parent's width bounds no child's: a child may be wider than the parent's stats say
                    byChild.put(child, readProbabilities(p, -qubits, 16, null, false));
                } catch (ResultFormatException e) {
                    throw new ResultFormatException(e.getMessage() + " in the result of child job " + child);
                }
            }
            expectEndObject(p, t);
            expectEnd(p);
            if (byChild.isEmpty()) {
                throw new ResultFormatException("an empty aggregate (no child job)");
            }
            return byChild;
        });
    }

    /** Reads a whole body from its parser. */
    @FunctionalInterface
    private interface BodyReader<T> {
        T read(JsonParser p) throws IOException, ResultFormatException;
    }

    /** Reads a basis-state map from its first field (or from the next token when {@code first} is null). */
    @FunctionalInterface
    private interface MapReader<T> {
        T read(JsonParser p, int qubits, int sizeHint, JsonToken first, boolean bitstrings)
                throws IOException, ResultFormatException;
    }

    /**
     * Runs a reader over a body, turning what Jackson throws into a {@link ResultFormatException} that says
     * whether the body is cut short, not JSON, or unreadable.
     */
    private static <T> T parse(byte[] json, BodyReader<T> reader) throws ResultFormatException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return reader.read(p);
        } catch (JsonEOFException e) {
            throw truncated(json);
        } catch (JsonParseException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new ResultFormatException("an unreadable body (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * A basis-state map (probabilities or histogram), bare or inside its output register
     * ({@code {"<register>": {...}}}, keyed by bitstrings).
     */
    private static <T> T distribution(byte[] json, int qubits, String register, String expected, MapReader<T> reader)
            throws ResultFormatException {
        return parse(json, p -> {
            expectObject(p, p.nextToken(), expected);
            JsonToken first = p.nextToken();
            if (first == JsonToken.FIELD_NAME && register.equals(p.currentName())) {
                enterOutputRegister(p, register);
                return reader.read(p, qubits, entries(json), null, true);
            }
            T result = reader.read(p, qubits, entries(json), first, false);
            expectEnd(p);
            return result;
        });
    }

    /** Reads a histogram object from its first field (or from the next token when {@code first} is null). */
    private static Histogram readHistogram(JsonParser p, int qubits, int sizeHint, JsonToken first, boolean bitstrings)
            throws IOException, ResultFormatException {
        int capacity = initialCapacity(sizeHint);
        int width = 0;
        long[] states = new long[capacity];
        long[] counts = new long[capacity];
        int n = 0;
        JsonToken t = first != null ? first : p.nextToken();
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            long state = bitstrings ? bitstringState(key) : state(key);
            if (bitstrings) {
                width = Math.max(width, key.length());
            }
            JsonToken v = p.nextToken();
            long count;
            if (v == JsonToken.VALUE_NUMBER_INT) {
                count = p.getLongValue();
            } else if (v == JsonToken.VALUE_NUMBER_FLOAT) {
                double d = p.getDoubleValue();
                if (d != Math.rint(d) || !Double.isFinite(d)) {
                    throw new ResultFormatException("a count of " + p.getText() + " for state " + key
                            + " (counts are whole numbers)");
                }
                count = (long) d;
            } else {
                throw wrongValue(p, v, key, "count", "a whole number");
            }
            if (count < 0) {
                throw new ResultFormatException("a count of " + count + " for state " + key
                        + " (counts cannot be negative)");
            }
            if (n == states.length) {
                states = Arrays.copyOf(states, n * 2);
                counts = Arrays.copyOf(counts, n * 2);
            }
            states[n] = state;
            counts[n++] = count;
        }
        expectEndObject(p, t);
        if (n == 0) {
            throw new ResultFormatException("an empty histogram (no basis state)");
        }
        long[] s = n == states.length ? states : Arrays.copyOf(states, n);
        long[] c = n == counts.length ? counts : Arrays.copyOf(counts, n);
        try {
            return Histogram.of(s, c, bitstrings ? width : width(s, qubits));
        } catch (IllegalArgumentException e) {
            throw new ResultFormatException("an invalid histogram (" + e.getMessage() + ")");
        }
    }

    /** Reads the fields of an object whose START_OBJECT was just read, through its END_OBJECT. */
    private static Probabilities readProbabilities(JsonParser p, int qubits, int sizeHint, JsonToken first,
                                                   boolean bitstrings) throws IOException, ResultFormatException {
        int capacity = initialCapacity(sizeHint);
        int width = 0;
        long[] states = new long[capacity];
        double[] values = new double[capacity];
        int n = 0;
        double sum = 0;
        JsonToken t = first != null ? first : p.nextToken();
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            long state;
            try {
                state = bitstrings ? bitstringState(key) : state(key);
                if (bitstrings) {
                    width = Math.max(width, key.length());
                }
            } catch (ResultFormatException badKey) {
                if (p.nextToken() == JsonToken.START_OBJECT) {
                    throw aggregateInstead(key);
                }
                throw badKey;
            }
            JsonToken v = p.nextToken();
            double value;
            if (v == JsonToken.VALUE_NUMBER_FLOAT) {
                value = doubleValue(p);
            } else if (v == JsonToken.VALUE_NUMBER_INT) {
                value = p.getLongValue();
            } else {
                if (v == JsonToken.START_OBJECT) {
                    throw aggregateInstead(key);
                }
                throw wrongValue(p, v, key, "probability", "a number from 0 to 1");
            }
            if (!(value >= 0 && value <= 1 + Probabilities.SUM_TOLERANCE)) {
                throw new ResultFormatException("a probability of " + p.getText() + " for state " + key
                        + " (each probability is a number from 0 to 1)");
            }
            if (n == states.length) {
                states = Arrays.copyOf(states, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            states[n] = state;
            values[n++] = value;
            sum += value;
        }
        expectEndObject(p, t);
        if (n == 0) {
            throw new ResultFormatException("an empty probabilities result (no basis state; it must sum to 1)");
        }
        if (Math.abs(sum - 1.0) > Probabilities.SUM_TOLERANCE) {
            throw new ResultFormatException("probabilities that sum to " + sum + ", not 1 (tolerance "
                    + Probabilities.SUM_TOLERANCE + ")");
        }
        long[] s = n == states.length ? states : Arrays.copyOf(states, n);
        double[] v = n == values.length ? values : Arrays.copyOf(values, n);
        try {
            return Probabilities.of(s, v, bitstrings ? width : width(s, qubits));
        } catch (IllegalArgumentException e) {
            throw new ResultFormatException("an invalid probabilities result (" + e.getMessage() + ")");
        }
    }

    /** Parses the current float token from the parser's own buffer, without making a String of it. */
    private static double doubleValue(JsonParser p) throws IOException {
        try {
            return NumberInput.parseDouble(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), true);
        } catch (NumberFormatException e) {
            return p.getDoubleValue();
        }
    }

    /**
     * Moves into the {@code output_all} register of a v2 result,
     * {@code {"<kind>": {"registers": {"output_all": {"<bitstring>": …}}}}}, leaving the parser on the
     * register's START_OBJECT. The current token is the FIELD_NAME {@code kind}.
     */
    private static void enterOutputRegister(JsonParser p, String kind) throws IOException, ResultFormatException {
        expectObject(p, p.nextToken(), "registers (a v2 " + kind + " result)");
        if (!findField(p, "registers")) {
            throw new ResultFormatException("a v2 " + kind + " result without \"registers\"");
        }
        expectObject(p, p.nextToken(), "register name to " + kind);
        java.util.List<String> names = new java.util.ArrayList<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            if ("output_all".equals(name)) {
                expectObject(p, p.nextToken(), "bitstring to " + kind);
                return;
            }
            names.add(name);
            p.nextToken();
            p.skipChildren();
        }
        throw new ResultFormatException("a v2 " + kind + " result without an \"output_all\" register (registers: "
                + String.join(", ", names) + ")");
    }

    /** Skips fields of the current object until {@code name}; true when found (parser on its FIELD_NAME). */
    private static boolean findField(JsonParser p, String name) throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            if (name.equals(p.currentName())) {
                return true;
            }
            p.nextToken();
            p.skipChildren();
        }
        return false;
    }

    /**
     * @param key a zero-padded bitstring of a v2 result, qubit 0 rightmost (IonQ does not document the
     *            order; qubit 0 rightmost is the convention of Qiskit and of this library)
     * @return the state
     */
    static long bitstringState(String key) throws ResultFormatException {
        try {
            return Bitstrings.parse(key);
        } catch (IllegalArgumentException e) {
            throw new ResultFormatException("key \"" + shorten(key) + "\", which is not a bitstring of 0s and 1s"
                    + " (a v2 result is keyed by bitstrings)");
        }
    }

    /**
     * @param key a decimal basis state, such as {@code "5"}
     * @return the state
     * @throws ResultFormatException if it is not a canonical non-negative decimal that fits in 63 bits
     */
    static long state(String key) throws ResultFormatException {
        int length = key.length();
        if (length == 0 || length > 19) {
            throw badKey(key);
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            int digit = key.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw badKey(key);
            }
            value = value * 10 + digit;
            if (value < 0) {
                throw badKey(key);
            }
        }
        if (length > 1 && key.charAt(0) == '0') {
            throw new ResultFormatException("key \"" + key + "\" with a leading zero (" + KEYS
                    + "; zero-padded keys are bitstrings of another result format)");
        }
        return value;
    }

    private static ResultFormatException aggregateInstead(String key) {
        return new ResultFormatException("a JSON object as the value of \"" + shorten(key)
                + "\": this looks like a multi-circuit aggregate keyed by child job id; read it with"
                + " getAggregateProbabilities");
    }

    private static ResultFormatException badKey(String key) {
        return new ResultFormatException("key \"" + shorten(key) + "\", which is not a basis state (" + KEYS + ")");
    }

    /**
     * @param qubits the job's width; 0 when unknown; negative (its opposite) for a multi-circuit child, which
     *               takes that width when its states fit and is inferred otherwise
     * @return the job's width when it is known and every state fits it, 0 when it is unknown
     * @throws ResultFormatException when a state needs more qubits than the job has
     */
    private static int width(long[] states, int qubits) throws ResultFormatException {
        boolean lenient = qubits < 0;   // a multi-circuit child: the parent's width if it fits, else inferred
        int bits = Math.abs(qubits);
        if (bits == 0 || bits >= 63) {
            return bits;
        }
        long limit = 1L << bits;
        for (long s : states) {
            if (s >= limit && lenient) {
                return 0;
            }
            if (s >= limit) {
                throw new ResultFormatException("basis state " + s + ", which needs more than the job's " + qubits
                        + " qubit" + (qubits == 1 ? "" : "s") + " (states 0 to " + (limit - 1) + "): the result does"
                        + " not belong to this job, or the job reports the wrong qubit count");
            }
        }
        return qubits;
    }

    /** @return the array size to start with: the expected number of entries, at least 16 */
    private static int initialCapacity(int entries) {
        return Math.max(16, entries);
    }

    /** @return how many key-value pairs a flat object holds at most: its colons (one quick pass, no allocation) */
    private static int entries(byte[] json) {
        // an entry takes at least 5 bytes ("0":1), which bounds what a body of colons can make us allocate
        return Math.min(count(json, (byte) ':'), json.length / 5 + 1);
    }

    private static int count(byte[] json, byte wanted) {
        int n = 0;
        for (byte b : json) {
            if (b == wanted) {
                n++;
            }
        }
        return n;
    }

    private static void expectObject(JsonParser p, JsonToken t, String what) throws ResultFormatException {
        if (t != JsonToken.START_OBJECT) {
            throw new ResultFormatException(tokenName(t) + " where a JSON object of " + what + " was expected");
        }
    }

    private static void expectEndObject(JsonParser p, JsonToken t) throws ResultFormatException {
        if (t != JsonToken.END_OBJECT) {
            throw new ResultFormatException(tokenName(t) + " where a key or the end of the object was expected");
        }
    }

    private static void expectEnd(JsonParser p) throws IOException, ResultFormatException {
        JsonToken after = p.nextToken();
        if (after != null) {
            throw new ResultFormatException("more JSON after the result (" + tokenName(after) + ")");
        }
    }

    private static ResultFormatException wrongValue(JsonParser p, JsonToken v, String key, String what,
                                                    String expected) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return new ResultFormatException("the string \"" + shorten(p.getText()) + "\" as the " + what
                    + " of state " + key + " (expected " + expected + ")");
        }
        return new ResultFormatException(tokenName(v) + " as the " + what + " of state " + key
                + " (expected " + expected + ")");
    }

    private static String tokenName(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT:
                return "a JSON object";
            case START_ARRAY:
                return "a JSON array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.asString() == null ? t.name() : "'" + t.asString() + "'";
        }
    }

    private static ResultFormatException truncated(byte[] json) {
        return new ResultFormatException("JSON that ends early (truncated after " + json.length + " bytes)");
    }

    private static ResultFormatException notJson(JsonParseException e) {
        return new ResultFormatException("a body that is not JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ")
                + ")");
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
