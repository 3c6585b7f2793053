package io.onewindow.reform.internal;

import io.onewindow.platform.FileSignatures;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;

/** A report's evidence file: PDF, JPG, PNG, Word or Excel, told by its content (not its name), at most 10 MB. */
final class Evidence {

    private Evidence() {
    }

    /** The file to store, or null when none was given. */
    static WorkRepository.StoredFile check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return null;
        }
        if (content.length > Reports.MAX_FILE_BYTES) {
            throw invalid("附件不能超过 10 MB");
        }
        String name = fileName == null || fileName.isBlank() ? "附件" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String type = type(content, name.toLowerCase());
        if (type == null) {
            throw invalid("附件“" + name + "”不是 PDF、JPG、PNG、Word 或 Excel 文件");
        }
        return new WorkRepository.StoredFile(name, type, content);
    }

    private static String type(byte[] b, String name) {
        if (FileSignatures.startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (FileSignatures.startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (FileSignatures.startsWith(b, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            return "image/png";
        }
        if (FileSignatures.startsWith(b, 'P', 'K', 3, 4)) { // Office Open XML is a zip; its name says which
            if (name.endsWith(".docx")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (name.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
        }
        return null;
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
