#!/bin/sh
# Regenerates the TLS material the GigaChat provider tests use for their loopback HTTPS fake server.
# Made once with the JDK's keytool (no OpenSSL needed); valid for 100 years so the committed files
# do not expire. Run from this folder:  sh make-test-certs.sh
#
#   test-ca.p12            the test CA's key pair (kept only to be able to re-sign; not used by tests)
#   test-ca.pem            the test CA certificate (PEM) -> provider option caBundle(Path)
#   test-ca-truststore.p12 PKCS12 trust store holding test-ca (password "changeit") -> trustStore(...)
#   server.p12             server key + chain (CN=localhost, SAN dns:localhost, ip:127.0.0.1),
#                          password "changeit" -> the fake HttpsServer's KeyManager
set -eu
P=changeit
rm -f test-ca.p12 test-ca.pem test-ca-truststore.p12 server.p12 server.csr server.pem
keytool -genkeypair -alias ca -keyalg EC -groupname secp256r1 -dname "CN=Reactivator Test Root CA" \
  -ext bc:c -validity 36500 -keystore test-ca.p12 -storetype PKCS12 -storepass $P
keytool -exportcert -alias ca -keystore test-ca.p12 -storepass $P -rfc -file test-ca.pem
keytool -importcert -noprompt -alias test-ca -file test-ca.pem -keystore test-ca-truststore.p12 \
  -storetype PKCS12 -storepass $P
keytool -genkeypair -alias server -keyalg EC -groupname secp256r1 -dname "CN=localhost" \
  -validity 36500 -keystore server.p12 -storetype PKCS12 -storepass $P
keytool -certreq -alias server -keystore server.p12 -storepass $P -file server.csr
keytool -gencert -alias ca -keystore test-ca.p12 -storepass $P -infile server.csr -outfile server.pem -rfc \
  -validity 36500 -ext SAN=dns:localhost,ip:127.0.0.1 -ext ku:c=digitalSignature -ext eku=serverAuth
keytool -importcert -noprompt -alias ca -file test-ca.pem -keystore server.p12 -storepass $P
keytool -importcert -alias server -file server.pem -keystore server.p12 -storepass $P
rm -f server.csr server.pem
