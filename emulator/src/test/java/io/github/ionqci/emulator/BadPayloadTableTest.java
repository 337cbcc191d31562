package io.github.ionqci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed job payloads, each with the exact answer a user sees: IonQ's 400 body, or a failed job's code. */
class BadPayloadTableTest extends EmulatorTestBase {

    static final String BELL = SubmitJobTest.BELL;
    static final String BACKENDS = "[simulator, qpu.aria-1, qpu.aria-2, qpu.forte-1, qpu.forte-enterprise-1, "
            + "qpu.harmony]";

    @BeforeEach
    void reset() {
        emulator.control().reset();
    }

    static String job(String fields) {
        return "{\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\"," + fields + "}";
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("empty body", "", "The request body is empty; send a job as JSON, for example"
                        + " {\"type\":\"ionq.circuit.v1\",\"backend\":\"simulator\",\"input\":{…}}.", List.of()),
                Arguments.of("array body", "[1,2]", "The request body must be a JSON object, not array.", List.of()),
                Arguments.of("missing type", "{\"backend\":\"simulator\",\"input\":" + BELL + "}",
                        "\"type\" is required.", List.of("type")),
                Arguments.of("missing backend", "{\"type\":\"ionq.circuit.v1\",\"input\":" + BELL + "}",
                        "\"backend\" is required.", List.of("backend")),
                Arguments.of("missing input", job("\"shots\":10"), "\"input\" is required.", List.of("input")),
                Arguments.of("v0.3 'target' field", "{\"target\":\"simulator\",\"type\":\"ionq.circuit.v1\","
                        + "\"input\":" + BELL + "}", "\"target\" is not allowed.", List.of("target")),
                Arguments.of("type not a string", "{\"type\":5,\"backend\":\"simulator\",\"input\":" + BELL + "}",
                        "\"type\" must be a string.", List.of("type")),
                Arguments.of("unknown type", "{\"type\":\"ionq.circuit.v0\",\"backend\":\"simulator\",\"input\":"
                        + BELL + "}", "\"type\" must be one of [ionq.circuit.v1, ionq.multi-circuit.v1, ionq.qasm3.v1,"
                        + " quantum-function, qctrl.qaoa.v1], got \"ionq.circuit.v0\".", List.of("type")),
                Arguments.of("unknown backend", "{\"type\":\"ionq.circuit.v1\",\"backend\":\"qpu.nowhere\","
                        + "\"input\":" + BELL + "}", "\"backend\" must be one of " + BACKENDS
                        + ", got \"qpu.nowhere\".", List.of("backend")),
                Arguments.of("shots a word", job("\"shots\":\"many\",\"input\":" + BELL),
                        "\"shots\" must be an integer, got \"many\".", List.of("shots")),
                Arguments.of("shots fractional", job("\"shots\":1.5,\"input\":" + BELL),
                        "\"shots\" must be an integer, got 1.5.", List.of("shots")),
                Arguments.of("shots zero", job("\"shots\":0,\"input\":" + BELL),
                        "\"shots\" must be greater than or equal to 1, got 0.", List.of("shots")),
                Arguments.of("name a number", job("\"name\":7,\"input\":" + BELL), "\"name\" must be a string.",
                        List.of("name")),
                Arguments.of("name of 1 MiB", job("\"name\":\"" + "n".repeat(1 << 20) + "\",\"input\":" + BELL),
                        "\"name\" is 1048576 characters long; the emulator stores at most 1000. Give a shorter name.",
                        List.of("name")),
                Arguments.of("metadata of 100,000 characters", job("\"metadata\":{\"k\":\"" + "v".repeat(100_000)
                        + "\"},\"input\":" + BELL), "\"metadata\" holds 100001 characters; the emulator stores at"
                        + " most 65536 (keys and values together). Keep metadata to short labels.", List.of("metadata")),
                Arguments.of("metadata value a number", job("\"metadata\":{\"run\":1},\"input\":" + BELL),
                        "\"metadata.run\" must be a string.", List.of("metadata.run")),
                Arguments.of("metadata a string", job("\"metadata\":\"x\",\"input\":" + BELL),
                        "\"metadata\" must be an object of strings.", List.of("metadata")),
                Arguments.of("unknown noise model", job("\"noise\":{\"model\":\"aria-9\"},\"input\":" + BELL),
                        "\"noise.model\" must be one of [ideal, harmony, harmony-1, harmony-2, aria-1, aria-2,"
                        + " forte-1, forte-enterprise-1], got \"aria-9\".", List.of("noise.model")),
                Arguments.of("noise without model", job("\"noise\":{\"seed\":1},\"input\":" + BELL),
                        "\"noise.model\" is required.", List.of("noise.model")),
                Arguments.of("noise seed a string", job("\"noise\":{\"model\":\"aria-1\",\"seed\":\"x\"},\"input\":"
                        + BELL), "\"noise.seed\" must be an integer.", List.of("noise.seed")),
                Arguments.of("unknown noise field", job("\"noise\":{\"model\":\"ideal\",\"sigma\":1},\"input\":"
                        + BELL), "\"noise.sigma\" is not allowed.", List.of("noise.sigma")),
                Arguments.of("dry_run a string", job("\"dry_run\":\"yes\",\"input\":" + BELL),
                        "\"dry_run\" must be a boolean.", List.of("dry_run")),
                Arguments.of("settings an array", job("\"settings\":[],\"input\":" + BELL),
                        "\"settings\" must be an object.", List.of("settings")),
                Arguments.of("input a string", job("\"input\":\"h 0\""), "\"input\" must be an object.",
                        List.of("input")),
                Arguments.of("circuit and circuits together", job("\"input\":{\"qubits\":1,\"circuit\":[],"
                        + "\"circuits\":[]}"), "\"input\" must contain \"circuit\" or \"circuits\", not both.",
                        List.of("input.circuit", "input.circuits")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectedWith400(String what, String payload, String message, List<String> keys) throws IOException {
        HttpResponse<String> response = http.send("POST", "/v0.4/jobs", payload, emulator.apiKey());
        assertThat(response.statusCode()).as(what).isEqualTo(400);
        JsonNode body = Http.parse(response.body());
        assertThat(body.get("error").asText()).isEqualTo("Bad Request");
        assertThat(body.get("statusCode").asInt()).isEqualTo(400);
        assertThat(body.get("message").asText()).isEqualTo(message);
        List<String> actualKeys = new ArrayList<>();
        body.get("validation").get("keys").forEach(k -> actualKeys.add(k.asText()));
        assertThat(actualKeys).isEqualTo(keys);
        assertThat(body.get("validation").get("source").asText()).isEqualTo("body");
    }

    @Test
    void malformedJsonSaysWhere() throws IOException {
        HttpResponse<String> response = http.send("POST", "/v0.4/jobs", "{\"type\": \"ionq.circuit.v1\",,}",
                emulator.apiKey());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.parse(response.body()).get("message").asText())
                .startsWith("The request body is not valid JSON (").contains("at line 1, column 28");
    }

    @Test
    void bodyOver10MbIs413() throws IOException {
        String big = job("\"name\":\"" + "x".repeat(10 * 1024 * 1024) + "\",\"input\":" + BELL);
        HttpResponse<String> response = http.send("POST", "/v0.4/jobs", big, emulator.apiKey());
        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode body = Http.parse(response.body());
        assertThat(body.get("error").asText()).isEqualTo("Payload Too Large");
        assertThat(body.get("message").asText())
                .isEqualTo("The request body is larger than 10 MB; split the job into smaller ones.");
    }

    static Stream<Arguments> failed() {
        return Stream.of(
                Arguments.of("wider than the simulator", job("\"input\":{\"qubits\":30,\"circuit\":["
                        + "{\"gate\":\"x\",\"target\":29}]}"), "NotEnoughQubits",
                        "The circuit uses 30 qubits but simulator has 29. Use a backend with enough qubits or a"
                        + " narrower circuit."),
                Arguments.of("wider than Aria", "{\"type\":\"ionq.circuit.v1\",\"backend\":\"qpu.aria-1\","
                        + "\"input\":{\"qubits\":26,\"circuit\":[{\"gate\":\"h\",\"target\":25}]}}", "NotEnoughQubits",
                        "The circuit uses 26 qubits but qpu.aria-1 has 25. Use a backend with enough qubits or a"
                        + " narrower circuit."),
                Arguments.of("too many shots", job("\"shots\":1000001,\"input\":" + BELL), "TooManyShots",
                        "The job asks for 1000001 shots; the limit is 1000000 per job. Split it into several jobs."),
                Arguments.of("unknown gate", job("\"input\":{\"qubits\":1,\"circuit\":[{\"gate\":\"sqrtx\","
                        + "\"target\":0}]}"), "UnsupportedGate", "input.circuit[0] (gate 'sqrtx'): unknown gate"
                        + " 'sqrtx' in the qis gateset; supported: x y z rx ry rz h s si v vi t ti not cnot swap xx yy"
                        + " zz"),
                Arguments.of("native gate in a qis circuit", job("\"input\":{\"qubits\":1,\"circuit\":["
                        + "{\"gate\":\"gpi\",\"target\":0,\"phase\":0.1}]}"), "InvalidInput",
                        "input.circuit[0] (gate 'gpi'): 'gpi' is a native gate but this circuit's gateset is qis;"
                        + " native and QIS gates cannot be mixed in one circuit (set \"gateset\": \"native\" and use"
                        + " only gpi, gpi2, ms, zz)"),
                Arguments.of("gate a number", job("\"input\":{\"qubits\":1,\"circuit\":[{\"gate\":5,\"target\":0}]}"),
                        "InvalidInput", "input.circuit[0]: 'gate' must be a string naming the gate, e.g. \"gate\":"
                        + " \"h\", not a number"),
                Arguments.of("rotation missing", job("\"input\":{\"qubits\":1,\"circuit\":[{\"gate\":\"rx\","
                        + "\"target\":0}]}"), "InvalidInput", "input.circuit[0] (gate 'rx'): 'rotation' is missing;"
                        + " give the angle in radians, e.g. \"rotation\": 1.5708"),
                Arguments.of("qubit out of range", job("\"input\":{\"qubits\":2,\"circuit\":[{\"gate\":\"h\","
                        + "\"target\":2}]}"), "InvalidInput", "input.circuit[0]: target 2 is out of range"
                        + " for a circuit of 2 qubits (indices 0..1); raise 'qubits' or fix the index"),
                Arguments.of("ms angle out of range", job("\"input\":{\"qubits\":2,\"gateset\":\"native\","
                        + "\"circuit\":[{\"gate\":\"ms\",\"targets\":[0,1],\"phases\":[0,0],\"angle\":0.5}]}"),
                        "InvalidInput", "input.circuit[0] (gate 'ms'): ms 'angle' must be a number of turns from 0"
                        + " to 0.25 (0.25 = fully entangling), was 0.5"),
                Arguments.of("qasm3 is accepted but not simulated", "{\"type\":\"ionq.qasm3.v1\","
                        + "\"backend\":\"simulator\",\"input\":{\"data\":\"OPENQASM 3.0;\"}}", "InvalidInput",
                        "job type 'ionq.qasm3.v1' is not simulated by this emulator; use ionq.circuit.v1 or"
                        + " ionq.multi-circuit.v1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failed")
    void acceptedThenFailedWithIonQsCode(String what, String payload, String code, String message) {
        String id = SubmitJobTest.submit(payload);
        JsonNode job = SubmitJobTest.awaitFinal(id);
        assertThat(job.get("status").asText()).as(what).isEqualTo("failed");
        assertThat(job.get("failure").get("code").asText()).isEqualTo(code);
        assertThat(job.get("failure").get("message").asText()).isEqualTo(message);
        assertThat(job.get("results").isNull()).isTrue();
        assertThat(GetJobSchema.validate(job)).isEmpty();
    }

    @Test
    void overTheGateLimitFailsTooManyGates() {
        emulator.control().maxGates(3);
        String id = SubmitJobTest.submit(job("\"input\":{\"qubits\":1,\"circuit\":[{\"gate\":\"h\",\"target\":0},"
                + "{\"gate\":\"h\",\"target\":0},{\"gate\":\"x\",\"target\":0},{\"gate\":\"z\",\"target\":0}]}"));
        JsonNode job = SubmitJobTest.awaitFinal(id);
        assertThat(job.get("failure").get("code").asText()).isEqualTo("TooManyGates");
        assertThat(job.get("failure").get("message").asText()).isEqualTo(
                "The job has 4 gates; the limit is 3 per job (all circuits together). Split it into several jobs.");
    }
}
