package io.github.ionqci.emulator.simulator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeapCheckTest {

    private static final long GIB = 1L << 30;

    @Test
    void refusesBeforeAllocatingAndSaysWhatToDo() {
        assertThatThrownBy(() -> HeapCheck.require(StateVector.bytes(29), 29, "the state vector", 2 * GIB, 4 * GIB))
                .isInstanceOf(SimulatorMemoryException.class)
                .hasMessageContaining("29 qubits")
                .hasMessageContaining("8.00 GiB")
                .hasMessageContaining("2.00 GiB is free")
                .hasMessageContaining("-Xmx")
                .hasMessageContaining("fewer qubits");
    }

    @Test
    void acceptsWhatFits() {
        assertThatCode(() -> HeapCheck.require(StateVector.bytes(20), 20, "the state vector", GIB, 4 * GIB))
                .doesNotThrowAnyException();
    }

    @Test
    void stateBytesAreSixteenPerAmplitude() {
        org.assertj.core.api.Assertions.assertThat(StateVector.bytes(29)).isEqualTo(8 * GIB);
    }
}
