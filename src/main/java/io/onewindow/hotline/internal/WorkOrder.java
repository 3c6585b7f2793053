package io.onewindow.hotline.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A work order as staff see it. {@code callerName}/{@code callerPhone} are the masked forms; the centre reads the
 * full ones through {@link WorkOrders#callerOf}.
 */
public record WorkOrder(UUID id, String number, String channel, OrderType type, String categoryCode, boolean anonymous,
        String callerName, String callerPhone, String content, String regionId, String address, OrderStatus status,
        boolean firstContact, String answer, String leadUnit, LocalDate signDue, LocalDate handleDue, String reply,
        String callbackResult, int reopenCount, OffsetDateTime createdAt, Double latitude, Double longitude,
        String mediaUrl, OffsetDateTime updatedAt, String enterpriseCreditCode, String enterpriseName,
        boolean foreignInvested, int escalationLevel, String escalationReason, LocalDate pausedSince,
        String extensionStatus, Integer extensionDays, String extensionReason, String taskForce, boolean urgent) {

    /** 亲清在线: an appeal of an enterprise identified by its credit code. */
    public boolean enterprise() {
        return enterpriseCreditCode != null;
    }

    /** 红灯 past the running limit, 黄灯 on its last day, 绿灯 otherwise; none once replied or closed. */
    public String light(LocalDate today) {
        if (pausedSince != null) {
            return "暂停";
        }
        LocalDate due = status == OrderStatus.DISPATCHED ? signDue : status == OrderStatus.SIGNED ? handleDue : null;
        if (due == null) {
            return null;
        }
        return today.isAfter(due) ? "红灯" : today.isEqual(due) ? "黄灯" : "绿灯";
    }

    public String callbackLabel() {
        return callbackLabel(callbackResult);
    }

    static String callbackLabel(String result) {
        return result == null ? null : switch (result) {
            case "SATISFIED" -> "满意";
            case "FAIR" -> "基本满意";
            default -> "不满意";
        };
    }
}
