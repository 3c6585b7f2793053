package io.onewindow.audit;

/**
 * Result of re-computing the audit hash chain.
 *
 * @param entriesChecked number of entries read
 * @param firstBrokenSeq the first entry whose stored hash or link does not match, or {@code null} if intact
 * @param reason Chinese explanation of the first break
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, "审计链完整，共校验 " + checked + " 条记录");
    }

    public static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
