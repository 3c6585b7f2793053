package io.onewindow.casework.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.OneWindowException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 材料: files attached to an application by the applicant (in the slot of the 一单 material they stand for) or by
 * the department during approval (审批附件). The type is read from the content, never from the name; the number
 * of files is limited; a removed material's file is deleted once the removal commits.
 */
@Service
public class Materials {

    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final Applications applications;
    private final MaterialRepository materials;
    private final FileStore files;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final AuditLog auditLog;
    private final UploadLimits uploadLimits;

    Materials(Applications applications, MaterialRepository materials, FileStore files, CaseRepository cases,
            CaseAccess access, AuditLog auditLog, UploadLimits uploadLimits) {
        this.applications = applications;
        this.materials = materials;
        this.files = files;
        this.cases = cases;
        this.access = access;
        this.auditLog = auditLog;
        this.uploadLimits = uploadLimits;
    }

    /** Attaches a file to a material slot; its type is read from its content, not its name. */
    @Transactional
    public MaterialRepository.Upload upload(UUID caseId, int materialIndex, String fileName, byte[] content) {
        CaseRecord c = applications.editable(caseId);
        ServiceGuide g = applications.guideOf(c);
        boolean powerOfAttorney = materialIndex == CaseRecord.POWER_OF_ATTORNEY && c.byAgent();
        if (!powerOfAttorney && (materialIndex < 0 || materialIndex >= g.materials().size())) {
            throw new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "材料序号无效");
        }
        uploadLimits.check(materials.ofCase(caseId), materialIndex);
        FileTypes.Type type = checkedType(content);
        String name = safeName(fileName, type);
        var upload = new MaterialRepository.Upload(UUID.randomUUID(), caseId, materialIndex, files.put(content), name,
                type.contentType, content.length, sha256(content), null);
        CurrentUser user = CurrentUsers.current().orElseThrow();
        materials.insert(upload, user.accountId());
        cases.event(caseId, user.displayName(), "MATERIAL_UPLOADED",
                (powerOfAttorney ? "授权委托书" : g.materials().get(materialIndex).name()) + "：" + name);
        auditLog.record("CASE_MATERIAL_UPLOADED", "casework.case", caseId.toString(), null,
                Map.of("material", materialIndex, "file", name, "sha256", upload.sha256()));
        return upload;
    }

    /** 审批附件: a document the competent department attaches while the case is in approval. */
    @Transactional
    public MaterialRepository.Upload attach(UUID caseId, String fileName, byte[] content) {
        CaseRecord c = access.visible(caseId);
        CurrentUser user = CurrentUsers.current().orElseThrow();
        if (!access.isDepartmentStaff(user, c) || c.status() != CaseStatus.ACCEPTED) {
            throw new OneWindowException(CaseworkErrorCode.CASE_FORBIDDEN, "只有主管部门在审批中可以添加附件");
        }
        uploadLimits.check(materials.ofCase(caseId), CaseRecord.APPROVAL_ATTACHMENT);
        FileTypes.Type type = checkedType(content);
        String name = safeName(fileName, type);
        var upload = new MaterialRepository.Upload(UUID.randomUUID(), caseId, CaseRecord.APPROVAL_ATTACHMENT,
                files.put(content), name, type.contentType, content.length, sha256(content), null);
        materials.insert(upload, user.accountId());
        cases.event(caseId, user.displayName(), "ATTACHMENT_ADDED", "审批附件：" + name);
        auditLog.record("CASE_ATTACHMENT_ADDED", "casework.case", caseId.toString(), null,
                Map.of("file", name, "sha256", upload.sha256()));
        return upload;
    }

    private static FileTypes.Type checkedType(byte[] content) {
        if (content == null || content.length == 0) {
            throw new OneWindowException(CaseworkErrorCode.CASE_FILE_REJECTED, "文件为空");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new OneWindowException(CaseworkErrorCode.CASE_FILE_REJECTED, "单个文件不能超过 10 MB");
        }
        return FileTypes.detect(content).orElseThrow(() -> new OneWindowException(
                CaseworkErrorCode.CASE_FILE_REJECTED, "只能上传 PDF、JPG、PNG 或 OFD 文件（按文件内容识别，改扩展名无效）"));
    }

    @Transactional
    public void removeUpload(UUID caseId, UUID uploadId) {
        applications.editable(caseId);
        materials.delete(caseId, uploadId).ifPresent(fileId -> {
            auditLog.record("CASE_MATERIAL_REMOVED", "casework.case", caseId.toString(), Map.of("upload", uploadId), null);
            // the file goes only once the row is gone for good: a rolled-back removal keeps both
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    files.delete(fileId);
                }
            });
        });
    }

    private static String safeName(String name, FileTypes.Type type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "材料";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "") + "." + type.extension;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
