package io.github.ionqci.emulator.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CircuitsTest {

    private static JsonNode json(String text) {
        try {
            return CircuitBuilder.JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<Circuit> parse(String type, String input) {
        return Circuits.parse(type, json(input));
    }

    private static long[] idealStates(Circuit c) {
        return CircuitRunner.run(c, 1, "ideal", 0L).states();
    }

    @Test
    void qisCircuitWithQubitsAndCounts() {
        Circuit c = parse("ionq.circuit.v1", "{'qubits':3,'gateset':'qis','circuit':["
                + "{'gate':'h','target':0},{'gate':'cnot','control':0,'target':1},{'gate':'rz','targets':[2],'rotation':0.5},"
                + "{'gate':'x','controls':[0,1],'targets':[2]}]}").get(0);
        assertThat(c.qubits()).isEqualTo(3);
        assertThat(c.gateset()).isEqualTo("qis");
        assertThat(c.gates()).extracting(Gate::name).containsExactly("h", "cnot", "rz", "x");
        assertThat(c.gateCount1q()).isEqualTo(2);
        assertThat(c.gateCount2q()).isEqualTo(2);
        assertThat(c.gates().get(3).controls()).containsExactly(0, 1);
        assertThat(c.gates().get(3).targets()).containsExactly(2);
    }

    @Test
    void gatesetDefaultsToQisAndQubitsToTheHighestIndexUsed() {
        Circuit c = parse(null, "{'circuit':[{'gate':'x','target':4}]}").get(0);
        assertThat(c.gateset()).isEqualTo("qis");
        assertThat(c.qubits()).isEqualTo(5);
        assertThat(idealStates(c)).containsExactly(16);
    }

    @Test
    void controlledFormsAllMeanCnot() {
        String[] forms = {
            "{'gate':'cnot','control':0,'target':1}",
            "{'gate':'cnot','controls':[0],'targets':[1]}",
            "{'gate':'x','controls':[0],'targets':[1]}",
            "{'gate':'not','control':0,'target':1}",
            "{'gate':'cnot','control':0,'targets':[1]}"
        };
        for (String form : forms) {
            Circuit c = parse("ionq.circuit.v1", "{'qubits':2,'circuit':[{'gate':'x','target':0}," + form + "]}").get(0);
            assertThat(idealStates(c)).as(form).containsExactly(3);
            assertThat(c.gateCount2q()).isEqualTo(1);
        }
    }

    @Test
    void controlledGateDoesNothingWhenControlIsZero() {
        Circuit c = parse("ionq.circuit.v1", "{'qubits':2,'circuit':[{'gate':'x','controls':[0],'targets':[1]}]}").get(0);
        assertThat(idealStates(c)).containsExactly(0);
    }

    @Test
    void multiControlledToffoliNeedsEveryControl() {
        String prep = "{'gate':'x','target':0},{'gate':'x','target':1},";
        Circuit both = parse(null, "{'qubits':3,'circuit':[" + prep + "{'gate':'x','controls':[0,1],'targets':[2]}]}").get(0);
        Circuit one = parse(null, "{'qubits':3,'circuit':[{'gate':'x','target':0},{'gate':'cnot','controls':[0,1],'target':2}]}").get(0);
        assertThat(idealStates(both)).containsExactly(7);
        assertThat(idealStates(one)).containsExactly(1);
    }

    @Test
    void controlledSwapAsTheRefusalAdvisesAndControlledRotations() {
        // IonQ refuses a controlled swap; its message advises cnot(b→a), x with controls [c, a] on b, cnot(b→a)
        Circuit fredkin = parse(null, "{'qubits':3,'circuit':[{'gate':'x','target':0},{'gate':'x','target':1},"
                + "{'gate':'cnot','control':2,'target':1},{'gate':'x','controls':[0,1],'target':2},"
                + "{'gate':'cnot','control':2,'target':1}]}").get(0);
        assertThat(idealStates(fredkin)).containsExactly(5);
        Circuit cry = parse(null, "{'qubits':2,'circuit':[{'gate':'x','target':0},"
                + "{'gate':'ry','controls':[0],'targets':[1],'rotation':3.141592653589793}]}").get(0);
        assertThat(idealStates(cry)).containsExactly(3);
    }

    @Test
    void oneQubitGateWithSeveralTargetsIsAppliedToEach() {
        Circuit c = parse(null, "{'qubits':3,'circuit':[{'gate':'x','targets':[0,2]}]}").get(0);
        assertThat(idealStates(c)).containsExactly(5);
        assertThat(c.gateCount1q()).isEqualTo(2);
    }

    @Test
    void numbersSentAsStringsAreAccepted() {
        Circuit c = parse(null, "{'qubits':'1','circuit':[{'gate':'ry','target':'0','rotation':'3.141592653589793'}]}").get(0);
        assertThat(idealStates(c)).containsExactly(1);
    }

    @Test
    void multiCircuitChildrenInheritGatesetAndQubitsAndKeepTheirNames() {
        List<Circuit> cs = parse("ionq.multi-circuit.v1", "{'gateset':'native','qubits':3,'circuits':["
                + "{'name':'a','circuit':[{'gate':'gpi','target':0,'phase':0}]},"
                + "{'name':'b','gateset':'qis','qubits':2,'circuit':[{'gate':'x','target':1}]}]}");
        assertThat(cs).hasSize(2);
        assertThat(cs.get(0).name()).isEqualTo("a");
        assertThat(cs.get(0).gateset()).isEqualTo("native");
        assertThat(cs.get(0).qubits()).isEqualTo(3);
        assertThat(idealStates(cs.get(0))).containsExactly(1);
        assertThat(cs.get(1).name()).isEqualTo("b");
        assertThat(cs.get(1).gateset()).isEqualTo("qis");
        assertThat(cs.get(1).qubits()).isEqualTo(2);
        assertThat(idealStates(cs.get(1))).containsExactly(2);
    }

    @Test
    void circuitsArrayOnACircuitJobIsAlsoMultiCircuit() {
        assertThat(parse("ionq.circuit.v1", "{'qubits':1,'circuits':[{'circuit':[]},{'circuit':[{'gate':'x','target':0}]}]}"))
                .hasSize(2);
    }

    @Test
    void nativeZzAcceptsPhaseAsCirqWritesIt() {
        Circuit a = parse(null, "{'gateset':'native','qubits':2,'circuit':[{'gate':'zz','targets':[0,1],'phase':0.1}]}").get(0);
        Circuit b = parse(null, "{'gateset':'native','qubits':2,'circuit':[{'gate':'zz','targets':[0,1],'angle':0.1}]}").get(0);
        assertThat(a.gates().get(0).operation()).isEqualTo(b.gates().get(0).operation());
    }

    @Test
    void msAngleDefaultsToFullyEntangling() {
        Circuit c = parse(null, "{'gateset':'native','qubits':2,'circuit':[{'gate':'ms','targets':[0,1],'phases':[0,0]}]}").get(0);
        long[] states = idealStates(c);
        assertThat(states).containsExactly(0, 3);
    }

    @Test
    void nopIsAcceptedAndDoesNothing() {
        Circuit c = parse(null, "{'gateset':'native','qubits':1,'circuit':[{'gate':'nop','target':0}]}").get(0);
        assertThat(c.gates()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown qis gate|UnsupportedGate|circuit[0]|{'qubits':1,'circuit':[{'gate':'foo','target':0}]}",
        "unknown native gate|UnsupportedGate|'bar'|{'gateset':'native','qubits':1,'circuit':[{'gate':'bar','target':0}]}",
        "pauliexp with controls|InvalidInput|no controls|{'qubits':3,'circuit':[{'gate':'pauliexp','controls':[2],'targets':[0,1],'terms':['XX'],'coefficients':[1],'time':1}]}",
        "eight controls|TooManyControls|at most 7|{'qubits':9,'circuit':[{'gate':'z','controls':[0,1,2,3,4,5,6,7],'target':8}]}",
        "controlled swap|UnsupportedGate|controlled swap|{'qubits':3,'circuit':[{'gate':'swap','control':0,'targets':[1,2]}]}",
        "rotation on h|InvalidInput|takes no|{'qubits':1,'circuit':[{'gate':'h','target':0,'rotation':0.5}]}",
        "native gate in qis circuit|InvalidInput|mixed|{'qubits':1,'circuit':[{'gate':'h','target':0},{'gate':'gpi','target':0,'phase':0}]}",
        "qis gate in native circuit|InvalidInput|mixed|{'gateset':'native','qubits':1,'circuit':[{'gate':'h','target':0}]}",
        "missing rotation|InvalidInput|rotation|{'qubits':1,'circuit':[{'gate':'rx','target':0}]}",
        "rotation not a number|InvalidInput|rotation|{'qubits':1,'circuit':[{'gate':'rx','target':0,'rotation':'pi'}]}",
        "target out of range|InvalidInput|out of range|{'qubits':2,'circuit':[{'gate':'x','target':2}]}",
        "control out of range|InvalidInput|out of range|{'qubits':2,'circuit':[{'gate':'cnot','control':5,'target':0}]}",
        "negative target|InvalidInput|qubit index|{'qubits':2,'circuit':[{'gate':'x','target':-1}]}",
        "missing target|InvalidInput|target|{'qubits':2,'circuit':[{'gate':'x'}]}",
        "control equals target|InvalidInput|both a control and a target|{'qubits':2,'circuit':[{'gate':'cnot','control':1,'target':1}]}",
        "cnot without control|InvalidInput|control|{'qubits':2,'circuit':[{'gate':'cnot','target':1}]}",
        "swap with one target|InvalidInput|two qubits|{'qubits':2,'circuit':[{'gate':'swap','targets':[1]}]}",
        "swap same qubit twice|InvalidInput|twice|{'qubits':2,'circuit':[{'gate':'swap','targets':[1,1]}]}",
        "phase above 1|InvalidInput|-1 to 1|{'gateset':'native','qubits':1,'circuit':[{'gate':'gpi','target':0,'phase':1.5}]}",
        "phase below -1|InvalidInput|-1 to 1|{'gateset':'native','qubits':2,'circuit':[{'gate':'ms','targets':[0,1],'phases':[-1.01,0]}]}",
        "missing phase|InvalidInput|phase|{'gateset':'native','qubits':1,'circuit':[{'gate':'gpi2','target':0}]}",
        "ms angle above 0.25|InvalidInput|0 to 0.25|{'gateset':'native','qubits':2,'circuit':[{'gate':'ms','targets':[0,1],'phases':[0,0],'angle':0.3}]}",
        "ms angle negative|InvalidInput|0 to 0.25|{'gateset':'native','qubits':2,'circuit':[{'gate':'ms','targets':[0,1],'phases':[0,0],'angle':-0.1}]}",
        "ms missing phases|InvalidInput|phases|{'gateset':'native','qubits':2,'circuit':[{'gate':'ms','targets':[0,1]}]}",
        "native with controls|InvalidInput|controls|{'gateset':'native','qubits':2,'circuit':[{'gate':'gpi','controls':[1],'target':0,'phase':0}]}",
        "unknown gateset|InvalidInput|gateset|{'gateset':'quil','qubits':1,'circuit':[]}",
        "missing circuit|InvalidInput|circuit is missing|{'qubits':1}",
        "circuit not an array|InvalidInput|array|{'qubits':1,'circuit':{'gate':'x'}}",
        "gate without name|InvalidInput|is missing; name the gate|{'qubits':1,'circuit':[{'target':0}]}",
        "qubits zero|InvalidInput|qubits|{'qubits':0,'circuit':[]}",
        "circuit and circuits|InvalidInput|both|{'qubits':1,'circuit':[],'circuits':[{'circuit':[]}]}",
        "empty circuits|InvalidInput|non-empty|{'qubits':1,'circuits':[]}",
    })
    void invalidInputFailsWithIonQsCode(String label, String code, String messagePart, String input) {
        assertThatThrownBy(() -> parse("ionq.circuit.v1", input))
                .as(label)
                .isInstanceOfSatisfying(CircuitException.class, e -> assertThat(e.failureCode()).isEqualTo(code))
                .hasMessageContaining(messagePart.replace('\'', '"'));
    }

    @Test
    void messagesSayWhichGateOfWhichCircuit() {
        assertThatThrownBy(() -> parse("ionq.multi-circuit.v1", "{'qubits':1,'circuits':[{'circuit':[]},"
                + "{'circuit':[{'gate':'h','target':0},{'gate':'rx','target':0}]}]}"))
                .hasMessageStartingWith("input.circuits[1].circuit[1] (gate 'rx'): ");
    }

    @Test
    void multiCircuitTypeNeedsCircuits() {
        assertThatThrownBy(() -> parse("ionq.multi-circuit.v1", "{'qubits':1,'circuit':[]}"))
                .isInstanceOfSatisfying(CircuitException.class, e -> assertThat(e.failureCode()).isEqualTo("InvalidInput"));
    }

    @Test
    void otherJobTypesAreRefusedClearly() {
        assertThatThrownBy(() -> parse("ionq.qasm3.v1", "{'data':'OPENQASM 3.0;'}"))
                .isInstanceOfSatisfying(CircuitException.class, e -> assertThat(e.failureCode()).isEqualTo("InvalidInput"))
                .hasMessageContaining("ionq.qasm3.v1");
    }
}
