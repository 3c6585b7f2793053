package io.onewindow.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 电子证照 as sealed OFD: the holder downloads it, anyone verifies it on the public page (seal, then status); a changed
 * file fails; and the seal is checked a second, independent way — with Bouncy Castle alone, reading the GB/T 38540
 * signature the package carries — so that it is not only ofdrw agreeing with itself.
 */
@IntegrationTest
class OfdLicenceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Licenses licenses;

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aSealedOfdLicenceVerifiesAndAChangedOneDoesNot() throws Exception {
        UUID enterprise = jdbc.sql("select id from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'").query(UUID.class).single();
        License licence = licenses.ofHolder(enterprise).stream().filter(l -> l.typeName().equals("营业执照") && l.status().equals("VALID"))
                .findFirst().orElseThrow();
        var qiye = DemoLogins.session(mvc, "qiye");
        byte[] ofd = mvc.perform(get("/wallet/" + licence.id() + "/licence.ofd").session(qiye)).andExpect(status().isOk())
                .andExpect(content().contentType("application/ofd")).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(get("/wallet/" + licence.id() + "/licence.ofd").session(DemoLogins.session(mvc, "zhangsan")))
                .andExpect(status().isNotFound());

        assertThat(ofd.length).as("OFD size (fonts referenced, not embedded)").isLessThan(200_000);
        Map<String, byte[]> files = entries(ofd);
        assertThat(files).containsKey("OFD.xml");
        assertThat(files.keySet()).anyMatch(n -> n.endsWith("SignedValue.dat"));
        assertThat(new String(files.get(files.keySet().stream().filter(n -> n.endsWith("Content.xml")).findFirst().orElseThrow()),
                StandardCharsets.UTF_8)).contains(licence.number());

        // anyone verifies the file on the public page
        mvc.perform(multipart("/verify/ofd").file(new MockMultipartFile("file", "licence.ofd", "application/ofd", ofd)).with(csrf()))
                .andExpect(content().string(containsString("id=\"verification-status\" class=\"tag ok\"")))
                .andExpect(content().string(containsString(licence.number())));

        // one character of the page changed: the seal no longer verifies
        String page = files.keySet().stream().filter(n -> n.endsWith("Content.xml")).findFirst().orElseThrow();
        Map<String, byte[]> forged = new HashMap<>(files);
        forged.put(page, new String(files.get(page), StandardCharsets.UTF_8).replace(licence.number(), licence.number() + "X")
                .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/verify/ofd").file(new MockMultipartFile("file", "licence.ofd", "application/ofd", zip(forged))).with(csrf()))
                .andExpect(content().string(containsString("签名无效")));
        // not an OFD at all
        mvc.perform(multipart("/verify/ofd").file(new MockMultipartFile("file", "x.ofd", "application/ofd", "not a zip".getBytes()))
                .with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("verification-status")));

        // a second, independent check: the SES_Signature in the package, verified with Bouncy Castle alone
        byte[] signedValue = files.get(files.keySet().stream().filter(n -> n.endsWith("SignedValue.dat")).findFirst().orElseThrow());
        var signature = org.bouncycastle.asn1.ASN1Sequence.getInstance(signedValue);
        var tbs = signature.getObjectAt(0);
        byte[] signerCert = org.bouncycastle.asn1.ASN1OctetString.getInstance(signature.getObjectAt(1)).getOctets();
        byte[] value = org.bouncycastle.asn1.ASN1BitString.getInstance(signature.getObjectAt(3)).getOctets();
        var certificate = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509", "BC")
                .generateCertificate(new ByteArrayInputStream(signerCert));
        var verifier = java.security.Signature.getInstance("SM3withSM2", "BC");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(tbs.toASN1Primitive().getEncoded("DER"));
        assertThat(verifier.verify(value)).as("SM2 signature over TBS_Sign by the department's certificate").isTrue();
        assertThat(certificate.getSubjectX500Principal().getName()).contains("电子印章");
    }
}
