package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.emulator.EmulatedJob;
import io.github.ionqci.emulator.Fault;
import io.github.ionqci.emulator.FaultRule;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is retried, how often and how long, against the emulator's injected faults. */
class ClientRetryTest extends EmulatorTestBase {

    private static String id;

    @BeforeAll
    static void addJob() {
        id = emulator.jobs().add(EmulatedJob.completed());
    }

    @BeforeEach
    void reset() {
        emulator.faults().clear();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 409, 502, 503, 504, 520, 522, 524, 529})
    void retryableStatusesAreRetriedOnReads(int status) {
        FaultRule rule = emulator.faults().add(Fault.status(status)).onPath("/jobs").times(3);
        assertThat(client.getJob(id).id()).isEqualTo(id);
        assertThat(rule.fired()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 413, 500})
    void otherStatusesAreNotRetried(int status) {
        FaultRule rule = emulator.faults().add(Fault.status(status)).onPath("/jobs").times(3);
        assertThatThrownBy(() -> client.getJob(id)).isInstanceOf(IonQException.class)
                .satisfies(e -> assertThat(((IonQException) e).statusCode()).isEqualTo(status));
        assertThat(rule.fired()).isEqualTo(1);
    }

    @Test
    void resetsTruncatedBodiesAndHtmlPagesAreRetried() {
        FaultRule reset = emulator.faults().add(Fault.connectionReset()).onPath("/jobs").times(2);
        FaultRule truncated = emulator.faults().add(Fault.truncatedBody()).onPath("/jobs").times(1);
        FaultRule html = emulator.faults().add(Fault.htmlPage(502)).onPath("/jobs").times(1);
        assertThat(client.getJob(id).id()).isEqualTo(id);
        assertThat(reset.fired() + truncated.fired() + html.fired()).isEqualTo(4);
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        IonQClient impatient = IonQClient.create(TestSupport.config(emulator)
                .requestTimeout(Duration.ofMillis(300)).build());
        FaultRule slow = emulator.faults().add(Fault.latency(Duration.ofMillis(1500))).onPath("/jobs").times(1);
        assertThat(impatient.getJob(id).id()).isEqualTo(id);
        assertThat(slow.fired()).isEqualTo(1);
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        IonQClient patient = IonQClient.create(TestSupport.config(emulator).maxRetryAfter(Duration.ofSeconds(5)).build());
        emulator.faults().add(Fault.status(429).retryAfterSeconds(1)).onPath("/jobs").times(1);
        long start = System.nanoTime();
        patient.getJob(id);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        IonQClient patient = IonQClient.create(TestSupport.config(emulator).maxRetryAfter(Duration.ofSeconds(5)).build());
        emulator.faults().add(Fault.status(503).retryAfterDate(ZonedDateTime.now().plusSeconds(2))).onPath("/jobs")
                .times(1);
        long start = System.nanoTime();
        patient.getJob(id);
        // HTTP-dates have whole seconds: the wait is between 1 and 2 seconds
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void aLongRetryAfterIsCappedAndBoundedByTheTotalRetryTime() {
        IonQClient bounded = IonQClient.create(TestSupport.config(emulator).maxRetryAfter(Duration.ofMillis(100))
                .maxAttempts(100).maxRetryTime(Duration.ofMillis(700)).build());
        emulator.faults().add(Fault.status(429).retryAfterSeconds(3600)).onPath("/jobs");
        long start = System.nanoTime();
        assertThatThrownBy(() -> bounded.getJob(id)).isInstanceOfSatisfying(IonQRateLimitException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void attemptsAreBounded() {
        IonQClient twice = IonQClient.create(TestSupport.config(emulator).maxAttempts(2).build());
        FaultRule rule = emulator.faults().add(Fault.status(503)).onPath("/jobs");
        assertThatThrownBy(() -> twice.getJob(id)).isInstanceOf(IonQServerException.class)
                .hasMessageContaining("HTTP 503 after 2 attempts over");
        assertThat(rule.fired()).isEqualTo(2);
    }

    @Test
    void resultDownloadsAreRetriedToo() {
        var job = client.getJob(id);
        // "/jobs/{id}/": the download, whether the job links /results/probabilities (URL form) or /artifacts/{aid}
        FaultRule rule = emulator.faults().add(Fault.status(502)).onPath("/jobs/" + id + "/").times(2);
        assertThat(client.getProbabilities(job).probability(0)).isEqualTo(1.0);
        assertThat(rule.fired()).isEqualTo(2);
    }
}
