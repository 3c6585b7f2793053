package io.onewindow.platform.web;

import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import io.onewindow.platform.TextRules;
import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Request parameters bound to {@code Double}/{@code Float}: Java parses "NaN" and "Infinity", which compare false
 * with every bound and once broke the hotline for good (an Open311 order at lat=NaN). A property editor, not a
 * converter: Spring falls back to its own number editor when a converter fails.
 */
@ControllerAdvice
class FiniteNumbers {

    @InitBinder
    void finiteOnly(WebDataBinder binder) {
        binder.registerCustomEditor(Double.class, new Finite(Double::valueOf, true));
        binder.registerCustomEditor(double.class, new Finite(Double::valueOf, false));
        binder.registerCustomEditor(Float.class, new Finite(Float::valueOf, true));
        binder.registerCustomEditor(float.class, new Finite(Float::valueOf, false));
    }

    private static final class Finite extends PropertyEditorSupport {

        private final Function<String, Number> parse;
        private final boolean nullable;

        Finite(Function<String, Number> parse, boolean nullable) {
            this.parse = parse;
            this.nullable = nullable;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                if (!nullable) {
                    throw new IllegalArgumentException("a number is required");
                }
                setValue(null);
                return;
            }
            if (TextRules.isNonFinite(text)) {
                throw new OneWindowException(PlatformErrorCode.INPUT_REJECTED, "“" + text.strip() + "”不是有限的数字");
            }
            setValue(parse.apply(text.strip()));
        }
    }
}
