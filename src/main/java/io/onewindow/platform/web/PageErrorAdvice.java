package io.onewindow.platform.web;

import io.onewindow.platform.OneWindowException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page that fails with an expected error shows the Chinese message on the shared error page. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

    @ExceptionHandler(OneWindowException.class)
    String oneWindow(OneWindowException e, Model model, HttpServletResponse response) {
        response.setStatus(e.errorCode().status().value());
        model.addAttribute("status", e.errorCode().status().value());
        model.addAttribute("title", e.errorCode().title());
        model.addAttribute("detail", e.detail());
        return "error";
    }
}
