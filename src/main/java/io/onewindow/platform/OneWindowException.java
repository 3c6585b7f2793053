package io.onewindow.platform;

/**
 * The one exception type main code throws for expected failures (bad input, not found, conflicts).
 * It is mapped to an RFC 9457 problem detail for the API and to an inline message on pages.
 */
public class OneWindowException extends RuntimeException {

    private final transient ErrorCode errorCode;

    /** @param detail Chinese sentence saying what was wrong and, where possible, how to fix it */
    public OneWindowException(ErrorCode errorCode, String detail) {
        super(detail);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The Chinese detail shown to the user. */
    public String detail() {
        return getMessage();
    }
}
