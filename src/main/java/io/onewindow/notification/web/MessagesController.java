package io.onewindow.notification.web;

import io.onewindow.identity.CurrentUsers;
import io.onewindow.notification.Notifications;
import io.onewindow.notification.internal.Inbox;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 消息: every signed-in account's own in-platform messages, newest first. */
@Controller
@PreAuthorize("isAuthenticated()")
class MessagesController {

    private final Notifications notifications;
    private final Inbox inbox;

    MessagesController(Notifications notifications, Inbox inbox) {
        this.notifications = notifications;
        this.inbox = inbox;
    }

    @GetMapping("/messages")
    String page(Model model) {
        model.addAttribute("messages", notifications.inbox(account(), 100));
        return "notification/messages";
    }

    @PostMapping("/messages/read")
    String markRead(RedirectAttributes redirect) {
        int n = inbox.markRead(account());
        redirect.addFlashAttribute("success", n == 0 ? "没有未读消息" : "已将 " + n + " 条消息标为已读");
        return "redirect:/messages";
    }

    private static UUID account() {
        return CurrentUsers.current().orElseThrow().accountId();
    }
}
