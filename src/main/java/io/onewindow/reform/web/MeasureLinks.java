package io.onewindow.reform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a form on a measure's page returns to. */
final class MeasureLinks {

    private MeasureLinks() {
    }

    static String measure(String code, String key) {
        return "redirect:/reform/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/measures/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
