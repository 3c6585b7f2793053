package io.onewindow.license.internal;

import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.PersonalDataProtector;
import io.onewindow.platform.Sm3;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city CA and each issuing department's electronic seal (an SM2 key pair with a certificate from the CA).
 * Private keys are created on the server, stored SM4-encrypted, and never leave it.
 */
@Service
public class Seals {

    private static final long SEAL_LOCK = 0x5345414cL;
    private static final String CA_NAME = "CN=乐山市政务服务电子印章CA,O=乐山市政务服务和大数据管理局,C=CN";

    /** A department's seal as published: no private key. */
    public record Seal(String departmentId, String departmentName, String keyId, String publicKeyHex, String certificatePem) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataProtector protector;
    private final Organization organization;

    Seals(JdbcClient jdbc, PersonalDataProtector protector, Organization organization) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.organization = organization;
    }

    /** The department's seal, created (with its certificate from the city CA) the first time it is needed. */
    @Transactional
    public Seal sealOf(String departmentId) {
        Optional<Seal> existing = find(departmentId);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("select pg_advisory_xact_lock(?)").param(SEAL_LOCK).query((rs, n) -> 1).list();
        return find(departmentId).orElseGet(() -> create(departmentId));
    }

    public Optional<Seal> find(String departmentId) {
        return jdbc.sql("select * from license_seal where department_id = ?").param(departmentId)
                .query((rs, n) -> new Seal(rs.getString("department_id"), rs.getString("department_name"),
                        rs.getString("key_id"), rs.getString("public_key_hex"), rs.getString("certificate_pem")))
                .optional();
    }

    public List<Seal> all() {
        return jdbc.sql("select * from license_seal order by department_id")
                .query((rs, n) -> new Seal(rs.getString("department_id"), rs.getString("department_name"),
                        rs.getString("key_id"), rs.getString("public_key_hex"), rs.getString("certificate_pem")))
                .list();
    }

    public Optional<Seal> byKeyId(String keyId) {
        return jdbc.sql("select department_id from license_seal where key_id = ?").param(keyId).query(String.class)
                .optional().flatMap(this::find);
    }

    /** SM3withSM2 under the department's seal, DER, base64. */
    @Transactional
    public String sign(String departmentId, byte[] data) {
        sealOf(departmentId);
        byte[] pkcs8 = Base64.getDecoder().decode(protector.decrypt(jdbc.sql(
                "select private_key_cipher from license_seal where department_id = ?").param(departmentId)
                .query(byte[].class).single()));
        try {
            PrivateKey key = Sm2.privateKey(pkcs8);
            return Base64.getEncoder().encodeToString(Sm2.sign(key, data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /** The department's GB/T 38540 电子印章 (SESeal v4) and the key that signs with it, for sealed OFD files. */
    record SigningSeal(PrivateKey key, java.security.cert.X509Certificate certificate, org.ofdrw.gm.ses.v4.SESeal seal) {
    }

    @Transactional
    SigningSeal signingSeal(String departmentId) {
        Seal seal = sealOf(departmentId);
        try {
            PrivateKey key = Sm2.privateKey(Base64.getDecoder().decode(protector.decrypt(jdbc.sql(
                    "select private_key_cipher from license_seal where department_id = ?").param(departmentId)
                    .query(byte[].class).single())));
            var certificate = ElectronicSeals.certificate(seal.certificatePem());
            var ca = ElectronicSeals.certificate(caCertificate());
            return new SigningSeal(key, certificate, ElectronicSeals.make(seal.keyId(), seal.departmentName(), certificate, ca, ensureCa()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("seal key of " + departmentId + " unreadable", e);
        }
    }

    /** Whom an OFD seal must come from: a department seal key of this city, made by this city's seal CA. */
    OfdSignatureCheck.Trust ofdTrust() {
        java.util.Set<String> departmentKeys = new java.util.HashSet<>();
        all().forEach(s -> departmentKeys.add(s.publicKeyHex()));
        PublicKey ca = ElectronicSeals.certificate(caCertificate()).getPublicKey();
        return new OfdSignatureCheck.Trust() {
            @Override
            public boolean signer(PublicKey key) {
                return departmentKeys.contains(Sm2.publicKeyHex(key));
            }

            @Override
            public PublicKey maker() {
                return ca;
            }
        };
    }

    public String caCertificate() {
        ensureCa();
        return jdbc.sql("select certificate_pem from license_ca where id = 1").query(String.class).single();
    }

    static String keyId(String publicKeyHex) {
        return Sm3.hex(publicKeyHex).substring(0, 16);
    }

    private Seal create(String departmentId) {
        try {
            String name = organization.department(new DepartmentId(departmentId)).map(d -> d.name())
                    .orElseThrow(() -> new IllegalArgumentException("unknown department " + departmentId));
            PrivateKey caKey = ensureCa();
            KeyPair pair = Sm2.generate();
            String hex = Sm2.publicKeyHex(pair.getPublic());
            String cert = Sm2.certificate("CN=" + name + "电子印章,O=" + name + ",C=CN", pair.getPublic(), CA_NAME, caKey, 5);
            jdbc.sql("""
                    insert into license_seal (department_id, key_id, department_name, certificate_pem, public_key_hex,
                        private_key_cipher) values (?, ?, ?, ?, ?, ?)""")
                    .params(departmentId, keyId(hex), name, cert, hex, seal(pair.getPrivate())).update();
            return find(departmentId).orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException("could not create the seal of " + departmentId, e);
        }
    }

    private PrivateKey ensureCa() {
        var stored = jdbc.sql("select private_key_cipher from license_ca where id = 1").query(byte[].class).optional();
        try {
            if (stored.isPresent()) {
                return Sm2.privateKey(Base64.getDecoder().decode(protector.decrypt(stored.get())));
            }
            KeyPair ca = Sm2.generate();
            String cert = Sm2.certificate(CA_NAME, ca.getPublic(), CA_NAME, ca.getPrivate(), 20);
            jdbc.sql("insert into license_ca (id, certificate_pem, public_key_hex, private_key_cipher) values (1, ?, ?, ?) on conflict do nothing")
                    .params(cert, Sm2.publicKeyHex(ca.getPublic()), seal(ca.getPrivate())).update();
            return ensureCa();
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the city CA", e);
        }
    }

    private byte[] seal(PrivateKey key) {
        return protector.encrypt(Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    PublicKey publicKey(String hex) throws GeneralSecurityException {
        return Sm2.publicKey(hex);
    }
}
