package io.onewindow.exchange.internal;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.onewindow.identity.People;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department's own system (or the provincial platform) answering for a dataset over HTTP — the contract in
 * docs/exchange.md: a signed JSON POST, a JSON answer. Each call has a timeout (1.5 s), one retry after 200 ms when
 * the connection was refused, and
 * a circuit breaker per provider system: after half of the last ten calls failed, the system is not called for 30 s and
 * applicants are asked to upload at once instead of waiting.
 */
@Component
class HttpProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExchangeKey key;
    private final People people;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;
    private final CircuitBreakerRegistry breakers;
    private final Retry retry;

    HttpProvider(ExchangeKey key, People people, Clock clock,
            @Value("${onewindow.exchange.timeout:1500ms}") Duration timeout) {
        this.key = key;
        this.people = people;
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom().slidingWindowSize(10).minimumNumberOfCalls(4)
                .failureRateThreshold(50).waitDurationInOpenState(Duration.ofSeconds(30))
                .recordExceptions(java.io.UncheckedIOException.class, Provider.Unavailable.class).build());
        this.retry = Retry.of("exchange", RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(200))
                // only a refused connection is tried again at once; a timeout is not (the applicant is waiting)
                .retryOnException(e -> e.getCause() instanceof java.net.ConnectException).build());
    }

    Provider at(String endpoint) {
        return (dataset, subjectKind, subjectId) -> call(endpoint, dataset, subjectKind, subjectId);
    }

    private Optional<Map<String, String>> call(String endpoint, Datasets.Dataset dataset, String subjectKind, UUID subjectId)
            throws Provider.Unavailable {
        String body = request(dataset, subjectKind, subjectId);
        CircuitBreaker breaker = breakers.circuitBreaker(endpoint); // one per system: a dataset moved elsewhere starts afresh
        Supplier<HttpResponse<String>> send = () -> {
            try {
                return http.send(signed(endpoint, body), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        };
        HttpResponse<String> response;
        try {
            response = breaker.executeSupplier(Retry.decorateSupplier(retry, send));
        } catch (CallNotPermittedException e) {
            throw new Provider.Unavailable("连续多次无响应，暂停调用 30 秒");
        } catch (RuntimeException e) {
            throw new Provider.Unavailable(e.getCause() instanceof java.net.http.HttpTimeoutException ? "超时未响应"
                    : "无法连接");
        }
        if (response.statusCode() != 200) {
            breaker.onError(0, java.util.concurrent.TimeUnit.MILLISECONDS, new Provider.Unavailable("HTTP " + response.statusCode()));
            throw new Provider.Unavailable("返回 HTTP " + response.statusCode());
        }
        JsonNode answer = JSON.readTree(response.body());
        if (!answer.path("found").asBoolean(false)) {
            return Optional.empty();
        }
        Map<String, String> record = new LinkedHashMap<>();
        answer.path("record").properties().forEach(e -> record.put(e.getKey(), e.getValue().asString()));
        return Optional.of(record);
    }

    private String request(Datasets.Dataset dataset, String subjectKind, UUID subjectId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("requestId", UUID.randomUUID().toString());
        request.put("dataset", dataset.code());
        request.put("subjectKind", subjectKind);
        request.put("subject", subjectKind.equals("CITIZEN") ? people.idNumberOf(subjectId).orElse("")
                : people.enterprise(subjectId).map(e -> e.creditCode()).orElse(""));
        request.put("timestamp", clock.millis());
        return JSON.writeValueAsString(request);
    }

    private HttpRequest signed(String endpoint, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-OneWindow-Signature", Base64.getEncoder().encodeToString(key.sign(bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }
}
