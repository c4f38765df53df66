package dev.reactivator.llm.gigachat.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the provider's {@link SSLContext}: the JDK's default trust anchors <em>plus</em> extra CA
 * certificates (gigachat-api.md §9). Verification is never switched off.
 */
public final class Tls {

  private Tls() {}

  /**
   * Reads every X.509 certificate from a PEM bundle (one or more {@code BEGIN CERTIFICATE} blocks)
   * or a DER file.
   *
   * @param file the file
   * @return the certificates, at least one
   * @throws IllegalArgumentException if the file cannot be read or holds no certificate
   */
  public static List<X509Certificate> readCertificates(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> certs = new ArrayList<>();
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        certs.add((X509Certificate) c);
      }
      if (certs.isEmpty()) {
        throw new IllegalArgumentException("caBundle " + file + " holds no certificate");
      }
      return certs;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "caBundle " + file + " cannot be read as PEM/DER certificates: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the trusted certificates of a key store (JKS, PKCS12, …).
   *
   * @param file the store
   * @param password its password (may be empty)
   * @param type the store type, for example {@code PKCS12} or {@code JKS}
   * @return the certificates, at least one
   * @throws IllegalArgumentException if the store cannot be read or holds no certificate
   */
  public static List<X509Certificate> readTrustStore(Path file, char[] password, String type) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance(type);
      ks.load(in, password);
      List<X509Certificate> certs = new ArrayList<>();
      for (String alias : Collections.list(ks.aliases())) {
        if (ks.isCertificateEntry(alias) && ks.getCertificate(alias) instanceof X509Certificate) {
          certs.add((X509Certificate) ks.getCertificate(alias));
        }
      }
      if (certs.isEmpty()) {
        throw new IllegalArgumentException(
            "trustStore " + file + " holds no trusted certificate entry");
      }
      return certs;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "trustStore " + file + " (type " + type + ") cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * An SSL context trusting the JDK defaults and {@code extra}.
   *
   * @param extra additional trust anchors
   * @return the context
   */
  public static SSLContext trustingDefaultsAnd(List<X509Certificate> extra) {
    try {
      TrustManagerFactory jdk =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      jdk.init((KeyStore) null);
      KeyStore anchors = KeyStore.getInstance("PKCS12");
      anchors.load(null, null);
      int i = 0;
      for (TrustManager tm : jdk.getTrustManagers()) {
        if (tm instanceof X509TrustManager) {
          for (X509Certificate c : ((X509TrustManager) tm).getAcceptedIssuers()) {
            anchors.setCertificateEntry("jdk-" + i++, c);
          }
        }
      }
      for (X509Certificate c : extra) {
        anchors.setCertificateEntry("extra-" + i++, c);
      }
      TrustManagerFactory combined =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      combined.init(anchors);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, combined.getTrustManagers(), null);
      return ctx;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot build the TLS trust configuration: " + e.getMessage(), e);
    }
  }
}
