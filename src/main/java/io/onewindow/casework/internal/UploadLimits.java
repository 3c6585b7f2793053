package io.onewindow.casework.internal;

import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How many files one material slot and one case may hold, so nobody can fill the disk through one draft. */
@Component
class UploadLimits {

    private final int perMaterial;
    private final int perCase;

    UploadLimits(@Value("${onewindow.casework.max-files-per-material:10}") int perMaterial,
            @Value("${onewindow.casework.max-files-per-case:50}") int perCase) {
        this.perMaterial = perMaterial;
        this.perCase = perCase;
    }

    void check(List<MaterialRepository.Upload> existing, int materialIndex) {
        if (existing.size() >= perCase) {
            throw new OneWindowException(CaseworkErrorCode.CASE_FILE_REJECTED,
                    "每个办件最多上传 " + perCase + " 个文件，请删除不需要的文件后再上传");
        }
        if (existing.stream().filter(u -> u.materialIndex() == materialIndex).count() >= perMaterial) {
            throw new OneWindowException(CaseworkErrorCode.CASE_FILE_REJECTED,
                    "每项材料最多上传 " + perMaterial + " 个文件，可将多页合并为一个 PDF 后上传");
        }
    }
}
