package io.onewindow.casework.web;

import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.platform.OneWindowException;
import java.util.UUID;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shape of every action on a case page: do it, say so or show why not, and go back to the case. */
final class CaseActions {

    private CaseActions() {
    }

    static String run(UUID caseId, RedirectAttributes redirect, Runnable action, String message) {
        try {
            action.run();
            redirect.addFlashAttribute("message", message);
        } catch (OneWindowException e) {
            if (e.errorCode() == CaseworkErrorCode.CASE_NOT_FOUND) {
                throw e; // no case page to go back to: the error page says so
            }
            redirect.addFlashAttribute("error", e.detail());
        }
        return "redirect:/cases/" + caseId;
    }
}
