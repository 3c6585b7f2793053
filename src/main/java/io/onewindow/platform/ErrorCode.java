package io.onewindow.platform;

import org.springframework.http.HttpStatus;

/**
 * A stable, machine-readable error. Each module declares its own enum implementing this interface;
 * the {@link #code()} is what API clients match on, the Chinese message is what people read.
 */
public interface ErrorCode {

    /** Enum constant name; implemented by every enum. */
    String name();

    /** Stable code such as {@code IDENTITY_DUPLICATE_CITIZEN}: the enum constant's name. */
    default String code() {
        return name();
    }

    HttpStatus status();

    /** Chinese title shown to users, e.g. "身份证号码无效". */
    String title();
}
