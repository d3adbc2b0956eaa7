package io.tickwise.cluster.tls;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Makes the certificates of a cluster identity with BouncyCastle's certificate builder; keys
 * and signatures are the JDK's own (EC P-256, SHA-256 with ECDSA), so no provider is installed.
 */
final class CertificateFactory {
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration VALIDITY = Duration.ofDays(5 * 365);

    private final SecureRandom random = new SecureRandom();

    KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    /** A self-signed authority that may sign node certificates and nothing below them. */
    X509Certificate authority(KeyPair keys, String name) throws GeneralSecurityException {
        X500Name subject = new X500Name("CN=" + name);
        return sign(builder(subject, subject, keys)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)), keys);
    }

    /** A node certificate for both ends of a TLS connection, signed by the authority. */
    X509Certificate node(KeyPair nodeKeys, String name, X509Certificate authority, KeyPair authorityKeys)
            throws GeneralSecurityException {
        X500Name issuer = X500Name.getInstance(authority.getSubjectX500Principal().getEncoded());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        return sign(builder(issuer, new X500Name("CN=" + name), nodeKeys)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(authority)), authorityKeys);
    }

    private Builder builder(X500Name issuer, X500Name subject, KeyPair subjectKeys) {
        Instant now = Instant.now();
        return new Builder(new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, random).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), subject,
                subjectKeys.getPublic()));
    }

    private static X509Certificate sign(Builder builder, KeyPair signer) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.certificate.build(new JcaContentSignerBuilder(SIGNATURE).build(signer.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign with " + SIGNATURE, e);
        }
    }

    /** The certificate builder with checked extension errors made security errors. */
    private record Builder(X509v3CertificateBuilder certificate) {
        Builder addExtension(org.bouncycastle.asn1.ASN1ObjectIdentifier oid, boolean critical,
                             org.bouncycastle.asn1.ASN1Encodable value) throws GeneralSecurityException {
            try {
                certificate.addExtension(oid, critical, value);
                return this;
            } catch (CertIOException e) {
                throw new GeneralSecurityException("cannot encode extension " + oid, e);
            }
        }
    }
}
