package dev.reactivator.report.html.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the contacts of a protected dashboard so that the page can decrypt them with WebCrypto:
 * a 256-bit AES-GCM key derived from the passphrase with PBKDF2-HMAC-SHA256 ({@value #ITERATIONS}
 * iterations, a random 16-byte salt), a random 12-byte IV, a 128-bit tag appended to the ciphertext
 * (the layout of both {@code javax.crypto} and {@code crypto.subtle.decrypt}). The passphrase is
 * read as UTF-8 on both sides.
 */
public final class PageLock {

  /** PBKDF2 iterations. */
  public static final int ITERATIONS = 310_000;

  private static final int SALT_BYTES = 16;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PageLock() {}

  /**
   * A sealed text: what the page needs to open it, given the passphrase.
   *
   * @param salt the PBKDF2 salt
   * @param iv the AES-GCM initialisation vector
   * @param iterations the PBKDF2 iterations
   * @param ciphertext the ciphertext with the tag appended
   */
  public record Sealed(byte[] salt, byte[] iv, int iterations, byte[] ciphertext) {
    /**
     * Copies the arrays.
     *
     * @param salt the PBKDF2 salt
     * @param iv the AES-GCM initialisation vector
     * @param iterations the PBKDF2 iterations
     * @param ciphertext the ciphertext with the tag appended
     */
    public Sealed {
      salt = salt.clone();
      iv = iv.clone();
      ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] salt() {
      return salt.clone();
    }

    @Override
    public byte[] iv() {
      return iv.clone();
    }

    @Override
    public byte[] ciphertext() {
      return ciphertext.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Sealed s
          && iterations == s.iterations
          && Arrays.equals(salt, s.salt)
          && Arrays.equals(iv, s.iv)
          && Arrays.equals(ciphertext, s.ciphertext);
    }

    @Override
    public int hashCode() {
      return Objects.hash(iterations, Arrays.hashCode(salt), Arrays.hashCode(iv))
          ^ Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
      return "Sealed[" + ciphertext.length + " bytes]";
    }
  }

  /**
   * Encrypts {@code text} under {@code passphrase} with a fresh salt and IV.
   *
   * @param passphrase the passphrase (not kept)
   * @param text the text to encrypt
   * @return the sealed text
   */
  public static Sealed seal(char[] passphrase, String text) {
    Objects.requireNonNull(passphrase, "passphrase");
    Objects.requireNonNull(text, "text");
    byte[] salt = new byte[SALT_BYTES];
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(salt);
    RANDOM.nextBytes(iv);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.ENCRYPT_MODE,
          key(passphrase, salt, ITERATIONS),
          new GCMParameterSpec(TAG_BITS, iv));
      return new Sealed(salt, iv, ITERATIONS, c.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
    }
  }

  /**
   * Decrypts a sealed text, as the page does.
   *
   * @param passphrase the passphrase
   * @param sealed the sealed text
   * @return the text
   * @throws GeneralSecurityException when the passphrase is wrong or the text was altered
   */
  public static String open(char[] passphrase, Sealed sealed) throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(
        Cipher.DECRYPT_MODE,
        key(passphrase, sealed.salt(), sealed.iterations()),
        new GCMParameterSpec(TAG_BITS, sealed.iv()));
    return new String(c.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
  }

  private static SecretKeySpec key(char[] passphrase, byte[] salt, int iterations)
      throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return new SecretKeySpec(key, "AES");
    } finally {
      spec.clearPassword();
    }
  }
}
