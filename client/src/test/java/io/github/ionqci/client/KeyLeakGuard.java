package io.github.ionqci.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Registered for the whole client suite (auto-detected): captures every java.util.logging record
 * (which is where {@code System.Logger} goes), at every level, and fails a test when a log line or
 * an exception escaping it contains the suite's API key, {@link TestSupport#KEY}.
 */
public final class KeyLeakGuard implements BeforeAllCallback, AfterEachCallback, TestExecutionExceptionHandler {

    private static final List<String> LINES = new CopyOnWriteArrayList<>();
    private static final Logger CLIENT_LOGGER = Logger.getLogger("io.github.ionqci");
    private static volatile boolean installed;

    /** @return every log line captured so far in this JVM */
    public static List<String> lines() {
        return List.copyOf(LINES);
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        CLIENT_LOGGER.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " "
                        + record.getMessage());
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        line.append(' ').append(p);
                    }
                }
                if (record.getThrown() != null) {
                    line.append(' ').append(stackTrace(record.getThrown()));
                }
                LINES.add(line.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        installed = true;
    }

    /**
     * @param failure a throwable
     * @return its full text: messages, toString and stack trace of it and every cause and suppressed one
     */
    public static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /**
     * @param failure an exception a test caught
     */
    public static void assertNoKeyIn(Throwable failure) {
        assertThat(stackTrace(failure)).as("exception text").doesNotContain(TestSupport.KEY);
        assertThat(String.valueOf(failure.getMessage())).doesNotContain(TestSupport.KEY);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (String line : LINES) {
            assertThat(line).as("a log line").doesNotContain(TestSupport.KEY);
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (stackTrace(throwable).contains(TestSupport.KEY)) {
            throw new AssertionError("The API key leaked into an exception: "
                    + stackTrace(throwable).replace(TestSupport.KEY, "<THE-KEY>"));
        }
        throw throwable;
    }
}
