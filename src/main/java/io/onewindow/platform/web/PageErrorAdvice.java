package io.onewindow.platform.web;

import io.onewindow.platform.OneWindowException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An expected error ({@link OneWindowException}) thrown by a page controller: answered by
 * {@link PlatformErrorController}, so a page shows the Chinese error page and an {@code /api} route of a page
 * controller still gets problem+json.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

    @ExceptionHandler(OneWindowException.class)
    ModelAndView oneWindow(OneWindowException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return PlatformErrorController.answer(request, response, e.errorCode(), e.detail());
    }
}
