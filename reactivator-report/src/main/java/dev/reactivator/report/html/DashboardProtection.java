package dev.reactivator.report.html;

import dev.reactivator.report.ReportException;
import java.util.Objects;

/**
 * The passphrase of a protected dashboard ({@link HtmlRenderer#HtmlRenderer(DashboardProtection)}):
 * the page then holds every name, phone, e-mail and CRM id only encrypted (AES-GCM with a key from
 * PBKDF2-HMAC-SHA256, at least 200 000 iterations, a random salt and IV per page), shows pseudonyms
 * until the passphrase is typed in, and decrypts in the browser (WebCrypto). The passphrase is
 * never written anywhere and never shown by {@link #toString()}.
 */
public final class DashboardProtection {

  /** The shortest passphrase accepted. */
  public static final int MIN_LENGTH = 8;

  private final char[] passphrase;

  private DashboardProtection(char[] passphrase) {
    this.passphrase = passphrase;
  }

  /**
   * Protection with {@code passphrase}, which is copied (the caller may clear its array).
   *
   * @param passphrase the passphrase, at least {@value #MIN_LENGTH} characters
   * @return the protection
   * @throws ReportException when the passphrase is shorter than {@value #MIN_LENGTH} characters or
   *     blank
   */
  public static DashboardProtection withPassphrase(char[] passphrase) {
    Objects.requireNonNull(passphrase, "passphrase");
    if (passphrase.length < MIN_LENGTH || new String(passphrase).isBlank()) {
      throw new ReportException(
          "the dashboard passphrase must have at least " + MIN_LENGTH + " characters");
    }
    return new DashboardProtection(passphrase.clone());
  }

  /** A copy of the passphrase, for the renderer, which clears it after use. */
  char[] passphrase() {
    return passphrase.clone();
  }

  /** Never shows the passphrase. */
  @Override
  public String toString() {
    return "DashboardProtection[passphrase hidden]";
  }
}
