package io.onewindow.platform;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shape of a form post on a page: do the action and flash what was done, or flash the Chinese reason it was
 * refused ({@link OneWindowException}); the controller then redirects back to the page (post/redirect/get).
 */
public final class Flash {

    private Flash() {
    }

    /** Runs {@code action}, which returns the message for a success. */
    public static void run(RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("message", action.get());
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
        }
    }
}
