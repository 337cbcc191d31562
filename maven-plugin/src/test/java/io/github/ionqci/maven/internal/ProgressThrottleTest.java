package io.github.ionqci.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressThrottleTest {

    @Test
    void firstReportThenAtMostOnePerInterval() {
        AtomicLong clock = new AtomicLong(1_000);
        ProgressThrottle throttle = new ProgressThrottle(Duration.ofSeconds(10), clock::get);
        assertThat(throttle.due()).isTrue();
        clock.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(throttle.due()).isFalse();
        clock.addAndGet(Duration.ofSeconds(7).toNanos());
        assertThat(throttle.due()).isTrue();
        assertThat(throttle.due()).isFalse();
        int lines = 0;
        for (int poll = 0; poll < 1000; poll++) {          // a poll every 100 ms for 100 s
            clock.addAndGet(Duration.ofMillis(100).toNanos());
            lines += throttle.due() ? 1 : 0;
        }
        assertThat(lines).isEqualTo(10);
    }
}
