package io.onewindow.exchange.web;

import io.onewindow.exchange.internal.Datasets;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/exchange/datasets}: the 数据资源目录, public like the national 共享目录 (no personal data). */
@RestController
@PreAuthorize("permitAll()")
class ExchangeApiController {


    private final Datasets datasets;
    private final io.onewindow.exchange.internal.ExchangeKey key;

    ExchangeApiController(Datasets datasets, io.onewindow.exchange.internal.ExchangeKey key) {
        this.datasets = datasets;
        this.key = key;
    }

    @Operation(summary = "平台查询签名公钥（SM2，04‖x‖y 十六进制）：提供部门据此验证查询请求的签名")
    @GetMapping("/api/v1/exchange/public-key")
    Map<String, String> publicKey() {
        return Map.of("algorithm", "SM2 (GB/T 32918.2), SM3, user id 1234567812345678, DER", "publicKey", key.publicKeyHex());
    }

    @Operation(summary = "数据资源目录：数据集、提供部门、共享类型、共享条件、依据、字段")
    @GetMapping("/api/v1/exchange/datasets")
    List<Map<String, Object>> datasets() {
        return datasets.all().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code());
            m.put("name", d.name());
            m.put("provider", d.providerName());
            m.put("providerDepartmentId", d.providerDepartmentId());
            m.put("shareType", d.shareType());
            m.put("shareTypeLabel", d.shareTypeLabel());
            m.put("conditions", d.conditions());
            m.put("legalBasis", d.legalBasis());
            m.put("updateFrequency", d.updateFrequency());
            m.put("subject", d.subjectKind());
            m.put("fields", d.fields().stream().map(f -> Map.of("name", f.name(), "type", f.type(), "personal", f.personal()))
                    .toList());
            m.put("serves", d.serves());
            return m;
        }).toList();
    }
}
