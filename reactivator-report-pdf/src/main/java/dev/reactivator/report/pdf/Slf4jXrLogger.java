package dev.reactivator.report.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to slf4j under its own logger names ({@code com.openhtmltopdf.…}), so
 * that it appears only where the host application configured slf4j: by default openhtmltopdf prints
 * INFO lines on the console through {@code java.util.logging}. Thread-safe (stateless).
 */
final class Slf4jXrLogger implements XRLogger {

  private Slf4jXrLogger() {}

  /**
   * Installs the logger unless the application chose its own: openhtmltopdf's default ({@code
   * java.util.logging}, or none chosen yet) is replaced, any other implementation is kept.
   */
  static synchronized void installUnlessConfigured() {
    XRLogger current = XRLog.getLoggerImpl();
    if (current == null || current instanceof JDKXRLogger) {
      XRLog.setLoggerImpl(new Slf4jXrLogger());
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    Logger log = LoggerFactory.getLogger(where);
    int l = level.intValue();
    if (l >= Level.SEVERE.intValue()) {
      log.error(msg, th);
    } else if (l >= Level.WARNING.intValue()) {
      log.warn(msg, th);
    } else if (l >= Level.INFO.intValue()) {
      log.info(msg, th);
    } else if (l >= Level.FINE.intValue()) {
      log.debug(msg, th);
    } else {
      log.trace(msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are the slf4j binding's configuration
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int l = diagnostic.getLevel().intValue();
    if (l >= Level.SEVERE.intValue()) {
      return log.isErrorEnabled();
    } else if (l >= Level.WARNING.intValue()) {
      return log.isWarnEnabled();
    } else if (l >= Level.INFO.intValue()) {
      return log.isInfoEnabled();
    } else if (l >= Level.FINE.intValue()) {
      return log.isDebugEnabled();
    }
    return log.isTraceEnabled();
  }
}
