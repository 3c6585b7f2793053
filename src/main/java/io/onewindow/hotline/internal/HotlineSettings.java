package io.onewindow.hotline.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hotline limits in working days; provincial and city rules set them (the national rules leave them open).
 *
 * @param signDays 签收 limit after 派单
 * @param handleDays 办理 limit per 诉求类型, from 派单 (or 重办); types not named keep their default
 * @param maxReopens how many times 不满意 sends an order back to the unit
 * @param urgentHandleDays 办理 limit of a 紧急 order (its 签收 is due the same working day)
 * @param repeatCallers how many callers about one 亲清在线 matter (merged duplicates included) make it 提级
 */
@ConfigurationProperties("onewindow.hotline")
public record HotlineSettings(@DefaultValue("1") int signDays, Map<OrderType, Integer> handleDays,
        @DefaultValue("2") int maxReopens, @DefaultValue("3") int repeatCallers, @DefaultValue("1") int urgentHandleDays) {

    private static final Map<OrderType, Integer> DEFAULT_HANDLE_DAYS = Map.of(OrderType.CONSULT, 3, OrderType.HELP, 5,
            OrderType.COMPLAINT, 10, OrderType.REPORT, 15, OrderType.SUGGESTION, 15, OrderType.PRAISE, 5);

    public int handleDays(OrderType type) {
        return handleDays != null && handleDays.containsKey(type) ? handleDays.get(type) : DEFAULT_HANDLE_DAYS.get(type);
    }
}
