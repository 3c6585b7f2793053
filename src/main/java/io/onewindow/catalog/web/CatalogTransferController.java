package io.onewindow.catalog.web;

import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.catalog.internal.CatalogTransfer;
import io.onewindow.catalog.internal.ExcelCatalogFile;
import io.onewindow.catalog.internal.TransferItem;
import io.onewindow.platform.OneWindowException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** 导入导出: the whole published catalogue as Excel or JSON; an import (all or nothing) creates drafts. */
@Controller
@RequestMapping("/catalog/manage")
@PreAuthorize("hasAnyRole('DEPT_ADMIN','SYS_ADMIN')")
class CatalogTransferController {

    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CatalogTransfer transfer;
    private final JsonMapper json;

    CatalogTransferController(CatalogTransfer transfer, JsonMapper json) {
        this.transfer = transfer;
        this.json = json;
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportExcel() throws IOException {
        return download(ExcelCatalogFile.write(transfer.export()), XLSX, "乐山市事项清单.xlsx");
    }

    @GetMapping("/export.json")
    ResponseEntity<byte[]> exportJson() {
        return download(json.writeValueAsBytes(transfer.export()), MediaType.APPLICATION_JSON, "乐山市事项清单.json");
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            List<String> codes = transfer.importItems(read(file));
            redirect.addFlashAttribute("message", "已导入 " + codes.size() + " 个事项，均为草稿，请检查后提交审核："
                    + String.join("、", codes));
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
        }
        return "redirect:/catalog/manage";
    }

    private Map<Integer, TransferItem> read(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_IMPORT_INVALID, "请选择要导入的文件");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_IMPORT_INVALID, "文件不能超过 20 MB");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
        try (InputStream in = file.getInputStream()) {
            if (name.endsWith(".xlsx")) {
                return ExcelCatalogFile.read(in);
            }
            if (name.endsWith(".json")) {
                return readJson(in);
            }
        }
        throw new OneWindowException(CatalogErrorCode.CATALOG_IMPORT_INVALID, "只支持 .xlsx 或 .json 文件");
    }

    private Map<Integer, TransferItem> readJson(InputStream in) {
        TransferItem[] items;
        try {
            items = json.readValue(in, TransferItem[].class);
        } catch (JacksonException e) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_IMPORT_INVALID,
                    "JSON 文件格式不正确：应为事项对象的数组（字段与导出文件相同）");
        }
        Map<Integer, TransferItem> rows = new LinkedHashMap<>();
        for (int i = 0; i < items.length; i++) {
            rows.put(i + 1, items[i]);
        }
        return rows;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
