package dev.reactivator.report;

import com.openhtmltopdf.util.XRLog;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Silences openhtmltopdf's java.util.logging INFO lines about each PDF's layout during tests. */
public final class QuietPdfLogging implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    XRLog.setLoggingEnabled(false);
  }
}
