package io.github.ionqci.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.result.Histogram;
import io.github.ionqci.client.result.Probabilities;
import io.github.ionqci.client.result.Shots;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultParserTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void probabilitiesIntoPrimitiveArrays() throws ResultFormatException {
        Probabilities p = ResultParser.probabilities(json("{\"3\":0.25,\"0\":0.5,\"1\":0.25}"), 2);
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.states()).containsExactly(0, 1, 3);
        assertThat(p.probability(3)).isEqualTo(0.25);
        assertThat(p.probability("11")).isEqualTo(0.25);
        assertThat(p.qubits()).isEqualTo(2);
    }

    @Test
    void integerProbabilitiesFromTheIdealSimulator() throws ResultFormatException {
        Probabilities p = ResultParser.probabilities(json("{\"2\":1,\"0\":0}"), 0);
        assertThat(p.probability(2)).isEqualTo(1.0);
        assertThat(p.qubits()).isEqualTo(2);
    }

    @Test
    void aStateBeyondTheJobsQubitsIsRejected() {
        assertThatThrownBy(() -> ResultParser.probabilities(json("{\"8\":1}"), 2))
                .isInstanceOf(ResultFormatException.class)
                .hasMessage("basis state 8, which needs more than the job's 2 qubits (states 0 to 3): the result does"
                        + " not belong to this job, or the job reports the wrong qubit count");
        assertThatThrownBy(() -> ResultParser.histogram(json("{\"0\":1,\"4\":1}"), 2))
                .hasMessageStartingWith("basis state 4, which needs more than the job's 2 qubits");
        assertThatThrownBy(() -> ResultParser.shots(json("[0,1,2]"), 1))
                .hasMessageStartingWith("basis state 2, which needs more than the job's 1 qubit (states 0 to 1)");
    }

    @Test
    void histogramCountsThatOverflowAreRejected() {
        String max = Long.toString(Long.MAX_VALUE);
        assertThatThrownBy(() -> ResultParser.histogram(json("{\"0\":" + max + ",\"1\":" + max + "}"), 1))
                .isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("The counts add up to more than 9223372036854775807 shots");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"0\":-0.5,\"1\":1.5}|a probability of -0.5 for state 0 (each probability is a number from 0 to 1)",
        "{\"0\":NaN,\"1\":1}|a probability of NaN for state 0 (each probability is a number from 0 to 1)",
        "{\"0\":\"NaN\"}|the string \"NaN\" as the probability of state 0 (expected a number from 0 to 1)",
        "{\"0\":\"Infinity\"}|the string \"Infinity\" as the probability of state 0 (expected a number from 0 to 1)",
        "{\"0\":0.5,\"1\":0.4}|probabilities that sum to 0.9, not 1 (tolerance 1.0E-6)",
        "{\"x\":1}|key \"x\", which is not a basis state (keys are decimal basis states, qubit 0 the least significant bit)",
        "{\"-1\":1}|key \"-1\", which is not a basis state (keys are decimal basis states, qubit 0 the least significant bit)",
        "{\"1.5\":1}|key \"1.5\", which is not a basis state (keys are decimal basis states, qubit 0 the least significant bit)",
        "{\"01\":1}|key \"01\" with a leading zero (keys are decimal basis states, qubit 0 the least significant bit; zero-padded keys are bitstrings of another result format)",
        "{\"0\":true}|a boolean as the probability of state 0 (expected a number from 0 to 1)",
        "{\"0\":null}|null as the probability of state 0 (expected a number from 0 to 1)",
        "[0.5,0.5]|a JSON array where a JSON object of basis state to probability was expected",
        "{}|an empty probabilities result (no basis state; it must sum to 1)",
        "{\"0\":0.5,\"0\":0.5}|an invalid probabilities result (State 0 is listed twice)",
        "{\"0\":0.5,\"1\":0.5|JSON that ends early (truncated after 16 bytes)",
        "{\"0\":1} {}|more JSON after the result (a JSON object)",
        "{\"c1\":{\"0\":1}}|a JSON object as the value of \"c1\": this looks like a multi-circuit aggregate keyed by child job id; read it with getAggregateProbabilities",
        "99999999999999999999|a number where a JSON object of basis state to probability was expected",
    })
    void invalidProbabilitiesSayWhatWasReceived(String body, String problem) {
        assertThatThrownBy(() -> ResultParser.probabilities(json(body), 0))
                .isInstanceOf(ResultFormatException.class)
                .hasMessage(problem);
    }

    @Test
    void notJsonAtAll() {
        assertThatThrownBy(() -> ResultParser.probabilities(json("<html>502</html>"), 0))
                .isInstanceOf(ResultFormatException.class)
                .hasMessageStartingWith("a body that is not JSON (Unexpected character ('<' (code 60))");
    }

    @Test
    void histogram() throws ResultFormatException {
        Histogram h = ResultParser.histogram(json("{\"0\":498,\"3\":502.0}"), 2);
        assertThat(h.count("00")).isEqualTo(498);
        assertThat(h.count("11")).isEqualTo(502);
        assertThatThrownBy(() -> ResultParser.histogram(json("{\"0\":1.5}"), 2))
                .hasMessage("a count of 1.5 for state 0 (counts are whole numbers)");
        assertThatThrownBy(() -> ResultParser.histogram(json("{\"0\":-1}"), 2))
                .hasMessage("a count of -1 for state 0 (counts cannot be negative)");
    }

    @Test
    void shotsAsStringsOrNumbers() throws ResultFormatException {
        Shots s = ResultParser.shots(json("[\"2\",\"1\",\"3\",\"0\"]"), 2);
        assertThat(s.toArray()).containsExactly(2, 1, 3, 0);
        assertThat(ResultParser.shots(json("[2,1]"), 0).toArray()).containsExactly(2, 1);
        assertThatThrownBy(() -> ResultParser.shots(json("{\"0\":1}"), 0))
                .hasMessage("a JSON object without \"shots\" where shots were expected (v1: an array of basis states;"
                        + " v2: {\"shots\": [{\"registers\": …}, …]})");
        assertThatThrownBy(() -> ResultParser.shots(json("[\"0b11\"]"), 0))
                .hasMessage("key \"0b11\", which is not a basis state (keys are decimal basis states, qubit 0 the"
                        + " least significant bit)");
    }

    @Test
    void aggregateKeyedByChildJobInOrder() throws ResultFormatException {
        Map<String, Probabilities> byChild = ResultParser.aggregate(json(
                "{\"0a-child-2\":{\"2\":1},\"0a-child-1\":{\"0\":0.5,\"1\":0.5}}"), 2);
        assertThat(byChild).containsOnlyKeys("0a-child-2", "0a-child-1");
        assertThat(byChild.keySet()).containsExactly("0a-child-2", "0a-child-1");
        assertThat(byChild.get("0a-child-2").probability("10")).isEqualTo(1.0);
        assertThatThrownBy(() -> ResultParser.aggregate(json("{\"0\":0.5,\"1\":0.5}"), 2))
                .hasMessage("a number for child job 0 where its probabilities (a JSON object) were expected;"
                        + " a single-circuit result is not an aggregate");
        assertThatThrownBy(() -> ResultParser.aggregate(json("{\"c\":{\"0\":0.7}}"), 2))
                .hasMessage("probabilities that sum to 0.7, not 1 (tolerance 1.0E-6) in the result of child job c");
    }

    @Test
    void sixteenQubitsOfOutcomes() throws ResultFormatException {
        int n = 1 << 16;
        StringBuilder text = new StringBuilder(n * 32).append('{');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append('"').append(i).append("\":").append(1.0 / n);
        }
        Probabilities p = ResultParser.probabilities(json(text.append('}').toString()), 16);
        assertThat(p.size()).isEqualTo(n);
        assertThat(p.probability(n - 1)).isEqualTo(1.0 / n);
        assertThat(p.asBitstringMap()).hasSize(n).containsKey("1111111111111111");
    }

    @Test
    void theV2FormatsKeyedByBitstringsWithQubitZeroRightmost() throws ResultFormatException {
        Probabilities p = ResultParser.probabilities(json("{\"probabilities\":{\"registers\":{\"meas\":{\"1\":1},"
                + "\"output_all\":{\"001\":0.25,\"110\":0.75}}}}"), 0);
        assertThat(p.qubits()).isEqualTo(3);
        assertThat(p.asStateMap()).containsExactly(Map.entry(1L, 0.25), Map.entry(6L, 0.75));
        Histogram h = ResultParser.histogram(json("{\"histogram\":{\"registers\":{\"output_all\":{\"01\":3,"
                + "\"10\":1}}}}"), 0);
        assertThat(h.count(1)).isEqualTo(3);
        assertThat(h.count("10")).isEqualTo(1);
        assertThatThrownBy(() -> ResultParser.probabilities(json("{\"probabilities\":{\"registers\":{\"c\":{}}}}"), 0))
                .hasMessage("a v2 probabilities result without an \"output_all\" register (registers: c)");
        assertThatThrownBy(() -> ResultParser.probabilities(json("{\"probabilities\":{\"registers\":{\"output_all\":"
                + "{\"012\":1}}}}"), 0))
                .hasMessage("key \"012\", which is not a bitstring of 0s and 1s (a v2 result is keyed by bitstrings)");
    }

    @Test
    void v2ShotsGiveEachRegisterItsStatesWithBitIAsQubitI() throws ResultFormatException {
        Map<String, Shots> shots = ResultParser.shotRegisters(json("{\"shots\":[{\"registers\":{\"output_all\":[1,0,1],"
                + "\"c\":[1.0]},\"note\":{\"x\":1}},{\"registers\":{\"output_all\":[0,1,0],\"c\":[0]}}]}"), 3);
        assertThat(shots).containsOnlyKeys("output_all", "c");
        assertThat(shots.get("output_all").toArray()).containsExactly(0b101, 0b010);
        assertThat(shots.get("output_all").qubits()).isEqualTo(3);
        assertThat(shots.get("c").toArray()).containsExactly(1, 0);
        assertThat(ResultParser.shotRegisters(json("[3,1]"), 2).get("output_all").toArray()).containsExactly(3, 1);
        assertThatThrownBy(() -> ResultParser.shots(json("{\"shots\":[{\"registers\":{\"output_all\":[2]}}]}"), 0))
                .hasMessage("bit 0 of register output_all in shot 0 is 2 (each bit is 0 or 1)");
        assertThatThrownBy(() -> ResultParser.shots(json("{\"shots\":[{\"registers\":{\"output_all\":[1],\"c\":[1]}},"
                + "{\"registers\":{\"output_all\":[0]}}]}"), 0))
                .hasMessage("shot 1 without every register (1 of 2)");
        assertThatThrownBy(() -> ResultParser.shots(json("{\"shots\":[{\"registers\":{\"c\":[1]}}]}"), 0))
                .hasMessage("a v2 shots result without an \"output_all\" register (registers: c)");
        assertThatThrownBy(() -> ResultParser.shots(json("{\"shots\":[]}"), 0))
                .hasMessage("a v2 shots result with no shot");
        assertThatThrownBy(() -> ResultParser.shots(json("{\"shots\":[{\"registers\":{\"output_all\":["
                + "0,".repeat(63) + "1]}}]}"), 0))
                .hasMessage("register output_all with more than 63 bits");
    }

    @Test
    void everyRegisterOfAV2DistributionAndAV1OneAsOutputAll() throws ResultFormatException {
        Map<String, Histogram> h = ResultParser.histogramRegisters(json("{\"histogram\":{\"registers\":{"
                + "\"output_all\":{\"10\":4},\"m\":{\"1\":4}}}}"), 2);
        assertThat(h).containsOnlyKeys("output_all", "m");
        assertThat(h.get("output_all").count(2)).isEqualTo(4);
        assertThat(ResultParser.probabilityRegisters(json("{\"3\":1}"), 2).get("output_all").probability("11"))
                .isEqualTo(1.0);
        assertThatThrownBy(() -> ResultParser.probabilityRegisters(json("{\"probabilities\":{\"registers\":{"
                + "\"m\":{\"1\":0.5}}}}"), 0))
                .hasMessage("probabilities that sum to 0.5, not 1 (tolerance 1.0E-6) in register m");
    }

    @Test
    void aNativeCircuitIsCheckedAsItIsRead() throws ResultFormatException {
        assertThat(ResultParser.nativeCircuit(json("{\"qubits\":2,\"circuit\":[{\"gate\":\"zz\",\"targets\":[0,1],"
                + "\"angle\":0.125}]}"), 0).gateCounts()).containsExactly(Map.entry("zz", 1L));
        assertThatThrownBy(() -> ResultParser.nativeCircuit(json("{\"qubits\":2,\"circuit\":[{\"gate\":\"gpi\","
                + "\"target\":2,\"phase\":0.5}]}"), 0))
                .hasMessage("an invalid compiled circuit (operation 0 (gpi) acts on qubit 2, outside the circuit's 2"
                        + " qubits)");
        assertThatThrownBy(() -> ResultParser.nativeCircuit(json("{\"0\":1}"), 0))
                .hasMessage("a body that is not an ionq.native.v1 circuit (a JSON object with \"qubits\" and a"
                        + " \"circuit\" array of native gates)");
        assertThatThrownBy(() -> ResultParser.nativeCircuit(json("{\"qubits\":1,\"circuit\":[{\"target\":0}]}"), 0))
                .hasMessage("an invalid compiled circuit (operation 0 of the compiled circuit has no \"gate\")");
    }
}
