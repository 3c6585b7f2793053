package io.onewindow.platform;

import java.time.LocalDate;
import java.time.ZoneId;

/** Beijing time: the day that counts for deadlines, limits and monthly figures, whatever the server's zone. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
