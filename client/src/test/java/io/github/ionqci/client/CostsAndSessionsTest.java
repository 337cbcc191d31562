package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.client.cost.CostEstimate;
import io.github.ionqci.client.cost.EstimateRequest;
import io.github.ionqci.client.cost.JobCost;
import io.github.ionqci.client.job.Job;
import io.github.ionqci.client.session.Session;
import io.github.ionqci.client.session.SessionLimits;
import io.github.ionqci.emulator.RateCard;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Estimates, job costs and sessions against the emulator over real sockets. */
class CostsAndSessionsTest extends EmulatorTestBase {

    private static final String BELL = "{\"type\":\"ionq.circuit.v1\",\"backend\":\"qpu.forte-1\",\"shots\":1000,"
            + "\"input\":{\"qubits\":2,\"circuit\":[{\"gate\":\"h\",\"target\":0},"
            + "{\"gate\":\"cnot\",\"control\":0,\"target\":1}]}";

    @BeforeEach
    void reset() {
        emulator.control().reset();
    }

    @Test
    void estimatesFollowTheServersRateCard() {
        CostEstimate estimate = client.estimate(EstimateRequest.of("qpu.forte-1", 2, 1000, 1, 1));
        assertThat(estimate.total().value()).isEqualByComparingTo("1.60");
        assertThat(estimate.total().unit()).isEqualTo("usd");
        assertThat(estimate.rateCardId()).isNotBlank();
        emulator.control().rateCard(RateCard.defaults().with("qpu.forte-1",
                new RateCard.Price("0.01", "0", "0", "0")));
        assertThat(client.estimate(EstimateRequest.of("qpu.forte-1", 2, 1000, 1, 1)).total().value())
                .isEqualByComparingTo("10.00");
        assertThat(client.estimate(EstimateRequest.of("simulator", 2, 1000, 1, 1)).total().value())
                .isEqualByComparingTo("0");
    }

    @Test
    void aCompletedJobStatesItsCost() {
        String id = client.submit(BELL + "}").id();
        client.awaiter().awaitOne(id);
        JobCost cost = client.getCost(id);
        assertThat(cost.dryRun()).isFalse();
        assertThat(cost.cost()).hasValueSatisfying(paid -> assertThat(paid.value()).isEqualByComparingTo("1.60"));
        assertThat(cost.estimated().unit()).isEqualTo("usd");
    }

    @Test
    void aSessionTakesJobsUpToItsLimitThenRefusesWithIonQsMessage() {
        Session session = client.createSession("qpu.forte-1", new SessionLimits(2, 30, null));
        assertThat(session.status()).isEqualTo("created");
        assertThat(session.limits().jobCountLimit()).isEqualTo(2);
        String inSession = BELL + ",\"session_id\":\"" + session.id() + "\"}";
        String first = client.submit(inSession).id();
        String second = client.submit(inSession).id();
        assertThatThrownBy(() -> client.submit(inSession)).isInstanceOf(IonQRequestException.class)
                .hasMessageContaining("job_count_limit of 2");
        assertThat(client.getSessionJobs(session.id())).extracting(Job::id).containsExactlyInAnyOrder(first, second);
        assertThat(client.getSession(session.id()).status()).isEqualTo("started");
        Session ended = client.endSession(session.id());
        assertThat(ended.active()).isFalse();
        assertThat(ended.endedAt()).isNotNull();
        List<Session> endedOnes = client.listSessions(false);
        assertThat(endedOnes).extracting(Session::id).contains(session.id());
        assertThat(client.listSessions(true)).extracting(Session::id).doesNotContain(session.id());
    }
}
