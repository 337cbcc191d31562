package io.github.ionqci.maven.internal;

import java.text.MessageFormat;
import java.util.Objects;
import java.util.ResourceBundle;
import org.apache.maven.plugin.logging.Log;

/**
 * The client's {@code System.Logger}, backed by the goal's Maven {@link Log}, so that every client message
 * (retries, await rounds that failed) shows as a Maven {@code [DEBUG]}/{@code [INFO]}/{@code [WARNING]}/
 * {@code [ERROR]} line and none as a {@code java.util.logging} line. TRACE and DEBUG go to {@code debug}
 * (shown with {@code -X}), INFO to {@code info}, WARNING to {@code warn}, ERROR to {@code error}. The client
 * scrubs the API key from its messages before they get here.
 *
 * <pre>{@code
 * IonQConfig.builder().apiKey(key).logger(new MavenLogger(getLog())).build();
 * }</pre>
 */
public final class MavenLogger implements System.Logger {

    private final Log log;

    /** @param log the goal's log */
    public MavenLogger(Log log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public String getName() {
        return "io.github.ionqci.client";
    }

    @Override
    public boolean isLoggable(Level level) {
        return switch (level) {
            case OFF -> false;
            case ALL, TRACE, DEBUG -> log.isDebugEnabled();
            case INFO -> log.isInfoEnabled();
            case WARNING -> log.isWarnEnabled();
            case ERROR -> log.isErrorEnabled();
        };
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        if (!isLoggable(level)) {
            return;
        }
        switch (level) {
            case INFO -> log.info(message, thrown);
            case WARNING -> log.warn(message, thrown);
            case ERROR -> log.error(message, thrown);
            default -> log.debug(message, thrown);
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (isLoggable(level)) {
            log(level, bundle, params == null || params.length == 0 ? format : MessageFormat.format(format, params),
                    (Throwable) null);
        }
    }
}
