package io.onewindow.platform;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits wrong guesses at something a stranger could enumerate (a case number plus 4 characters of an ID, a
 * work-order number plus a phone tail): so many wrong answers per key per hour, then a refusal that says when to
 * try again. One instance per look-up; each key (a number, a client address) has its own token bucket.
 * In memory per node: with several nodes a guesser gets the limit once per node, still far below enumeration.
 */
public final class GuessThrottle {

    private static final int MAX_KEYS = 100_000;

    private final String what;
    private final int perHour;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param what Chinese name of the key in messages, e.g. "该办件编号" */
    public GuessThrottle(String what, int wrongGuessesPerHour) {
        this.what = what;
        this.perHour = wrongGuessesPerHour;
    }

    /** Refuses with {@link PlatformErrorCode#TOO_MANY_REQUESTS} while {@code key} has no wrong guesses left. */
    public void checkAllowed(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null && bucket.getAvailableTokens() < 1) {
            long minutes = Math.max(1, Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill())
                    .toMinutes() + 1);
            throw new OneWindowException(PlatformErrorCode.TOO_MANY_REQUESTS,
                    what + "的查询错误次数过多，为保护信息安全已暂停查询，请约 " + minutes + " 分钟后再试。");
        }
    }

    /** Counts one wrong guess against {@code key}. */
    public void wrongGuess(String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= perHour);
        }
        buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build()).tryConsume(1);
    }
}
