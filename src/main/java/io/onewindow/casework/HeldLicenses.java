package io.onewindow.casework;

import java.util.Optional;
import java.util.UUID;

/**
 * What electronic licences an applicant already holds, for 免提交: a material that comes from a licence is linked
 * instead of uploaded. Implemented by the licence module (which depends on casework, not the other way round).
 */
public interface HeldLicenses {

    /** The holder's newest licence of the type, if any. */
    Optional<HeldLicense> latest(UUID holderId, String typeName);

    /**
     * @param usable valid today (not revoked, changed or expired)
     * @param state 有效 / 已注销 / 已变更 / 已过期
     * @param data the licence's 照面 items (e.g. 住所), for 智能预填
     * @param onePerHolder a personal document held once (applying again is 换发/补发), not a per-object licence
     */
    record HeldLicense(String id, String typeName, String number, boolean usable, String state,
            java.util.Map<String, String> data, boolean onePerHolder) {
    }
}
