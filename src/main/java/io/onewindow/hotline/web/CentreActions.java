package io.onewindow.hotline.web;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.hotline.internal.UnitHandling;
import io.onewindow.hotline.internal.WorkOrders;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the 12345 centre can do to an order from its page, one handler per action: each performs the action and
 * says in Chinese what was done. A new action is one entry here and one button on the page.
 */
@Component
class CentreActions {

    /** Everything an action form may send; each action reads what it needs. */
    record Form(String text, String unitId, String result, String line, Boolean accepted, UUID primaryId,
            List<String> coUnits, String taskForce, Boolean unitCallback) {

        boolean isAccepted() {
            return Boolean.TRUE.equals(accepted);
        }
    }

    @FunctionalInterface
    interface Action {
        /** Performs the action on order {@code id}; returns the message shown afterwards. */
        String perform(UUID id, Form form);
    }

    private final Map<String, Action> actions;

    CentreActions(WorkOrders orders, UnitHandling unit) {
        this.actions = Map.ofEntries(
                Map.entry("answer", (id, f) -> {
                    orders.answerDirectly(id, f.text());
                    return "已直接答复并办结";
                }),
                Map.entry("dispatch", (id, f) -> {
                    orders.dispatch(id, f.unitId(), f.coUnits(), f.taskForce(), Boolean.TRUE.equals(f.unitCallback()));
                    return "已派单";
                }),
                // on behalf of a company without accounts
                Map.entry("sign", (id, f) -> {
                    unit.sign(id);
                    return "已代签收";
                }),
                Map.entry("reply", (id, f) -> {
                    unit.reply(id, f.text());
                    return "已代录办理结果";
                }),
                Map.entry("callback", (id, f) -> orders.callback(id, f.result(), f.text()) ? "回访不满意，已重办" : "已回访办结"),
                Map.entry("extension-approve", (id, f) -> {
                    orders.decideExtension(id, true);
                    return "已同意延期";
                }),
                Map.entry("extension-refuse", (id, f) -> {
                    orders.decideExtension(id, false);
                    return "已不同意延期";
                }),
                Map.entry("resume", (id, f) -> {
                    orders.resume(id, f.text(), ChinaTime.today());
                    return "已记录补充内容，恢复计时";
                }),
                Map.entry("reject-reply", (id, f) -> {
                    orders.rejectReply(id, f.text());
                    return "已退回承办单位";
                }),
                Map.entry("transfer", (id, f) -> {
                    orders.transferToEmergency(id, f.line(), f.text(), f.isAccepted());
                    return f.isAccepted() ? "已转 " + f.line() : "已记录三方通话，由 12345 首接负责";
                }),
                Map.entry("merge", (id, f) -> {
                    if (f.primaryId() == null) {
                        throw new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, "请选择要并入的工单");
                    }
                    orders.mergeInto(id, f.primaryId());
                    return "已合并";
                }),
                Map.entry("escalate", (id, f) -> {
                    orders.escalateByCentre(id, f.text());
                    return "已提级办理";
                }));
    }

    /** Performs {@code action}; an unknown one is refused like any bad input. */
    String perform(String action, UUID id, Form form) {
        Action a = actions.get(action);
        if (a == null) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, "未知操作");
        }
        return a.perform(id, form);
    }
}
