package io.onewindow.identity;

/**
 * 组织机构和人员导入表 written without a person at the keyboard — the demo organisation at start — through the same
 * path as the administrator's upload (see docs/operations.md for the file's columns).
 */
public interface OrganizationFiles {

    /**
     * Writes a .xlsx or .csv organisation file in one transaction; throws with every bad row named if one is bad.
     *
     * @param mustChangePassword whether new accounts must change their initial password at first sign-in
     * @return what was done, e.g. "工作人员：新增 46，更新 0，未变 0"
     */
    String load(String fileName, byte[] content, boolean mustChangePassword);
}
