package io.tickwise.cluster.tls;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.tickwise.input.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The identity every node of one cluster shares: a node key with its certificate, signed by an
 * authority made for this cluster alone, and that authority as the only one trusted. Artery's
 * TLS transport uses them with mutual authentication, so a node holding another identity, or
 * none, fails the handshake and never joins.
 *
 * <p>The identity is kept in PKCS#12 stores, the JDK's own key store format, which Artery's
 * ConfigSSLEngineProvider reads directly and which is encrypted under a password (taken from
 * {@value #PASSWORD_VARIABLE}, never from the command line). The authority's private key is
 * not kept: nobody can sign a further certificate into the cluster, and a leaked identity is
 * retired by making a new one.
 */
public final class ClusterIdentity {
    public static final String PASSWORD_VARIABLE = "TICKWISE_TLS_PASSWORD";
    static final String NODE_STORE = "node.p12";
    static final String TRUST_STORE = "trust.p12";
    static final String AUTHORITY_CERTIFICATE = "ca.crt";
    private static final String NODE_ALIAS = "node";
    private static final String AUTHORITY_ALIAS = "cluster-authority";

    private final Path directory;
    private final String password;
    private final String fingerprint;

    private ClusterIdentity(Path directory, String password, String fingerprint) {
        this.directory = directory;
        this.password = password;
        this.fingerprint = fingerprint;
    }

    /** Makes a new identity in {@code directory}, which must not hold one yet. */
    public static ClusterIdentity create(Path directory, String password) {
        for (String name : List.of(NODE_STORE, TRUST_STORE, AUTHORITY_CERTIFICATE)) {
            if (Files.exists(directory.resolve(name))) {
                throw new BadInputException(directory.resolve(name).toString(), 0, null,
                        "a cluster identity is already there; choose another directory (a new identity is a new cluster)");
            }
        }
        try {
            Files.createDirectories(directory);
            CertificateFactory factory = new CertificateFactory();
            byte[] idBytes = new byte[6];
            new SecureRandom().nextBytes(idBytes);
            String id = HexFormat.of().formatHex(idBytes);
            KeyPair authorityKeys = factory.keyPair();
            X509Certificate authority = factory.authority(authorityKeys, "Tickwise cluster authority " + id);
            KeyPair nodeKeys = factory.keyPair();
            X509Certificate node = factory.node(nodeKeys, "Tickwise cluster node " + id, authority, authorityKeys);

            KeyStore nodeStore = KeyStore.getInstance("PKCS12");
            nodeStore.load(null, null);
            nodeStore.setKeyEntry(NODE_ALIAS, nodeKeys.getPrivate(), password.toCharArray(),
                    new Certificate[] {node, authority});
            KeyStore trustStore = KeyStore.getInstance("PKCS12");
            trustStore.load(null, null);
            trustStore.setCertificateEntry(AUTHORITY_ALIAS, authority);

            store(nodeStore, directory.resolve(NODE_STORE), password);
            store(trustStore, directory.resolve(TRUST_STORE), password);
            Files.writeString(directory.resolve(AUTHORITY_CERTIFICATE), pem(authority), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new ClusterIdentity(directory, password, fingerprint(authority));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a cluster identity: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cluster identity to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The identity in {@code directory}; bad input (exit 2) when it is missing or the password does not open it. */
    public static ClusterIdentity load(Path directory, String password) {
        KeyStore nodeStore = read(directory.resolve(NODE_STORE), password);
        KeyStore trustStore = read(directory.resolve(TRUST_STORE), password);
        try {
            if (!nodeStore.isKeyEntry(NODE_ALIAS) || !(trustStore.getCertificate(AUTHORITY_ALIAS)
                    instanceof X509Certificate authority)) {
                throw new BadInputException(directory.toString(), 0, null,
                        "not a cluster identity made by the keys command");
            }
            nodeStore.getKey(NODE_ALIAS, password.toCharArray());
            return new ClusterIdentity(directory, password, fingerprint(authority));
        } catch (GeneralSecurityException e) {
            throw new BadInputException(directory.resolve(NODE_STORE).toString(), 0, null,
                    "cannot open the node key (" + e.getMessage() + "); is " + PASSWORD_VARIABLE + " the one it was made with?");
        }
    }

    /** A short name of the identity (of its authority's certificate), to compare between machines. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Artery over TLS with this identity: mutual authentication, and no authority but the cluster's own trusted. */
    public Config transport() {
        String engine = "pekko.remote.artery.ssl.config-ssl-engine.";
        return ConfigFactory.empty()
                .withValue("pekko.remote.artery.transport", ConfigValueFactory.fromAnyRef("tls-tcp"))
                .withValue("pekko.remote.artery.ssl.ssl-engine-provider",
                        ConfigValueFactory.fromAnyRef(RefusalReportingEngineProvider.class.getName()))
                .withValue(engine + "key-store", ConfigValueFactory.fromAnyRef(path(NODE_STORE)))
                .withValue(engine + "trust-store", ConfigValueFactory.fromAnyRef(path(TRUST_STORE)))
                .withValue(engine + "key-store-password", ConfigValueFactory.fromAnyRef(password))
                .withValue(engine + "key-password", ConfigValueFactory.fromAnyRef(password))
                .withValue(engine + "trust-store-password", ConfigValueFactory.fromAnyRef(password))
                .withValue(engine + "protocol", ConfigValueFactory.fromAnyRef("TLSv1.3"))
                .withValue(engine + "require-mutual-authentication", ConfigValueFactory.fromAnyRef(true))
                // Nodes are reached by address and all share one certificate: the authority is the check.
                .withValue(engine + "hostname-verification", ConfigValueFactory.fromAnyRef(false));
    }

    private String path(String name) {
        return directory.resolve(name).toAbsolutePath().toString();
    }

    private static KeyStore read(Path file, String password) {
        if (!Files.isReadable(file)) {
            throw new BadInputException(file.toString(), 0, null,
                    "no cluster identity here; make one with: java -jar sim.jar keys " + file.getParent());
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new BadInputException(file.toString(), 0, null, "cannot open it (" + e.getMessage() + "); is "
                    + PASSWORD_VARIABLE + " the one it was made with?");
        }
    }

    /** Key material is for this user alone, whatever the umask. */
    private static void store(KeyStore store, Path file, String password) throws IOException, GeneralSecurityException {
        try (OutputStream out = createPrivate(file)) {
            store.store(out, password.toCharArray());
        }
    }

    private static OutputStream createPrivate(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static String fingerprint(X509Certificate authority) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(authority.getEncoded());
        return HexFormat.ofDelimiter(":").formatHex(digest, 0, 8);
    }
}
