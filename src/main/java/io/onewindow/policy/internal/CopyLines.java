package io.onewindow.policy.internal;

import java.io.Writer;
import java.util.function.Consumer;

/** Receives the text output of PostgreSQL COPY … TO STDOUT and hands it on one line at a time (tabs separate columns). */
final class CopyLines extends Writer {

    private final Consumer<String> each;
    private final StringBuilder line = new StringBuilder(128);

    CopyLines(Consumer<String> each) {
        this.each = each;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] == '\n') {
                each.accept(line.toString());
                line.setLength(0);
            } else {
                line.append(buffer[i]);
            }
        }
    }

    @Override
    public void flush() {
        if (!line.isEmpty()) {
            each.accept(line.toString());
            line.setLength(0);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
