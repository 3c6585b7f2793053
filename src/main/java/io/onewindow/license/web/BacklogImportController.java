package io.onewindow.license.web;

import io.onewindow.license.LicenseErrorCode;
import io.onewindow.license.internal.BacklogImport;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.Spreadsheets;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** 存量证照导入 with a progress bar (the page polls the job through htmx). */
@Controller
@PreAuthorize("hasAnyRole('SYS_ADMIN','DEPT_ADMIN')")
class BacklogImportController {

    static final List<String> HEADERS = List.of("证照类型", "持证主体代码", "持证主体名称", "颁证部门编码", "证照编号",
            "颁证日期", "有效期止", "照面信息");

    private final BacklogImport imports;
    private final JsonMapper json;

    BacklogImportController(BacklogImport imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @GetMapping("/licenses/import")
    String page(Model model) {
        model.addAttribute("headers", HEADERS);
        return "license/import";
    }

    @PostMapping("/licenses/import")
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            UUID job = imports.start(file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(), read(file));
            return "redirect:/licenses/imports/" + job;
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/licenses/import";
        }
    }

    @GetMapping("/licenses/imports/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.job(id).orElseThrow(() -> new OneWindowException(
                LicenseErrorCode.LICENSE_NOT_FOUND, "导入任务不存在")));
        return "license/import-job";
    }

    /** htmx: the progress fragment, polled every second while the job runs. */
    @GetMapping("/licenses/imports/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.job(id).orElseThrow(() -> new OneWindowException(
                LicenseErrorCode.LICENSE_NOT_FOUND, "导入任务不存在")));
        return "license/import-progress";
    }

    private List<BacklogImport.Row> read(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw invalid("请选择要导入的文件");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
        try (InputStream in = file.getInputStream()) {
            if (name.endsWith(".json")) {
                try {
                    return List.of(json.readValue(in, BacklogImport.Row[].class));
                } catch (JacksonException e) {
                    throw invalid("JSON 文件应为证照对象的数组");
                }
            }
            if (name.endsWith(".xlsx")) {
                return excel(in);
            }
        }
        throw invalid("只支持 .xlsx 或 .json 文件");
    }

    private List<BacklogImport.Row> excel(InputStream in) {
        List<List<String>> table = Spreadsheets.xlsx(in);
        List<String> header = table.isEmpty() ? List.of() : table.get(0);
        for (int c = 0; c < HEADERS.size(); c++) {
            String actual = c < header.size() ? header.get(c) : "";
            if (!HEADERS.get(c).equals(actual)) {
                throw invalid("第 1 行（表头）第 " + (c + 1) + " 列应为“" + HEADERS.get(c) + "”");
            }
        }
        List<BacklogImport.Row> rows = new ArrayList<>();
        for (List<String> cells : table.subList(Math.min(1, table.size()), table.size())) {
            String[] v = new String[HEADERS.size()];
            for (int c = 0; c < v.length; c++) {
                v[c] = c < cells.size() ? cells.get(c) : "";
            }
            if (!String.join("", v).isBlank()) {
                rows.add(new BacklogImport.Row(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
            }
        }
        return rows;
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(LicenseErrorCode.LICENSE_INVALID_INPUT, detail);
    }
}
