package io.onewindow.hotline.internal;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.OneWindowException;

/** The hotline's refusals, in one wording wherever they are raised. */
final class HotlineChecks {

    private HotlineChecks() {
    }

    /** Only the 12345 centre's agents act on orders before and after the unit's part. */
    static void requireCentre() {
        CurrentUsers.current().filter(u -> u.has(Role.HOTLINE_AGENT)).orElseThrow(() -> new OneWindowException(
                HotlineErrorCode.HOTLINE_NOT_ALLOWED, "只有热线坐席可以进行此操作"));
    }

    static OneWindowException invalid(String message) {
        return new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, message);
    }

    static OneWindowException wrongState(WorkOrder order) {
        return new OneWindowException(HotlineErrorCode.HOTLINE_WRONG_STATE, "工单当前为“" + order.status().label() + "”，不能进行此操作");
    }
}
