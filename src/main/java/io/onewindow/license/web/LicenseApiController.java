package io.onewindow.license.web;

import io.onewindow.license.Licenses;
import io.onewindow.license.VerificationResult;
import io.onewindow.license.internal.Seals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public: anyone may verify a licence and fetch the issuers' certificates and keys to verify offline. */
@RestController
@RequestMapping("/api/v1/licenses")
@Tag(name = "电子证照")
@PreAuthorize("permitAll()")
class LicenseApiController {

    private final Licenses licenses;
    private final Seals seals;

    LicenseApiController(Licenses licenses, Seals seals) {
        this.licenses = licenses;
        this.seals = seals;
    }

    record VerifyRequest(String token) {
    }

    record Issuer(String departmentId, String name, String keyId, String publicKeyHex, String certificatePem) {
    }

    record Issuers(String caCertificatePem, String signatureAlgorithm, String userId, List<Issuer> issuers) {
    }

    @Operation(summary = "核验电子证照（二维码内容或凭证），返回有效/已注销/已过期/签名无效/签发机构不受信任")
    @PostMapping("/verify")
    VerificationResult verify(@RequestBody VerifyRequest request) {
        return licenses.verify(request == null ? null : request.token());
    }

    @Operation(summary = "签发机构的证书与 SM2 公钥（PEM 与未压缩十六进制）")
    @GetMapping("/issuers")
    Issuers issuers() {
        return new Issuers(seals.caCertificate(), "SM3withSM2 (GB/T 32918, DER)", "1234567812345678",
                seals.all().stream().map(s -> new Issuer(s.departmentId(), s.departmentName(), s.keyId(),
                        s.publicKeyHex(), s.certificatePem())).toList());
    }
}
