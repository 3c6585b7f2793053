package io.onewindow.exchange.web;

import io.onewindow.exchange.internal.QueryLog;
import io.onewindow.identity.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的数据使用记录: which department queried which of my data, for which application, and what came back. */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class MyDataUseController {

    private final QueryLog log;

    MyDataUseController(QueryLog log) {
        this.log = log;
    }

    @GetMapping("/my/data-use")
    String page(Model model) {
        var user = CurrentUsers.current().orElseThrow();
        model.addAttribute("queries", user.partyId() == null ? java.util.List.of() : log.about(user.partyId(), 200));
        return "exchange/my-data-use";
    }
}
