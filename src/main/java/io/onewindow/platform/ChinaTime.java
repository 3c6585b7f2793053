package io.onewindow.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Beijing time: the day that counts for deadlines, limits and monthly figures, whatever the server's zone. Every
 * reading of the time in the platform goes through here or through the {@link Clock} bean, which is the same clock
 * ({@code ArchitectureRulesTests} refuses any other {@code now()}), so a test or a replay can set the time in one place.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static volatile Clock clock = Clock.system(ZONE);

    private ChinaTime() {
    }

    /** Makes {@code source} the platform's clock; the platform's {@code Clock} bean is registered through this. */
    public static void use(Clock source) {
        clock = source.withZone(ZONE);
    }

    /** The platform's clock, in Beijing time. */
    public static Clock clock() {
        return clock;
    }

    public static LocalDate today() {
        return LocalDate.now(clock);
    }

    public static Instant instant() {
        return clock.instant();
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
