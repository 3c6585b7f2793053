package io.onewindow.identity.internal;

import io.onewindow.platform.PlatformErrorCode;
import io.onewindow.platform.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default. Public pages and APIs are listed here; everything else needs a login, and each
 * controller additionally states its roles with {@code @PreAuthorize} (checked by an architecture test).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC = {"/", "/login", "/register/**", "/error", "/css/**", "/js/**", "/img/**",
        "/webjars/**", "/favicon.ico", "/forbidden", "/tools/**", "/services", "/services/**", "/bundles", "/bundles/*", "/api/v1/catalog/**", "/lookup", "/verify", "/verify/ofd", "/shared/**", "/rate/**", "/evaluation/public", "/unresolved", "/open311/**", "/12345", "/policies", "/api/v1/policies", "/api/v1/licenses/verify",
        "/api/v1/licenses/issuers", "/api/v1/exchange/datasets", "/api/v1/exchange/public-key", "/inspection/public", "/inspection/public/**", "/reform/public", "/reform/public/*", "/api/v1/inspection/rerun", "/api/v1/identifiers/**", "/api/v1/calendar/**", "/api/v1/organization/**",
        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**"};

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Metrics are for the monitoring system: HTTP Basic, SYS_ADMIN only, no session. */
    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health/**").permitAll()
                        .anyRequest().hasRole("SYS_ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        var loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        var forbiddenPage = new AccessDeniedHandlerImpl();
        forbiddenPage.setErrorPage("/forbidden");
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                // licence verification and the draw re-run are read-only queries other systems POST without a session
                .csrf(c -> c.ignoringRequestMatchers("/api/v1/licenses/verify", "/api/v1/inspection/rerun", "/open311/**"))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/workspace", false)
                        .failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
                // the API answers 401/403 as problem details; pages send people to the login or 无权访问 page
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> {
                            if (api.matches(req)) {
                                Problems.write(res, PlatformErrorCode.UNAUTHENTICATED, "请先登录后再调用此接口");
                            } else {
                                loginPage.commence(req, res, ex);
                            }
                        })
                        .accessDeniedHandler((req, res, ex) -> {
                            if (api.matches(req)) {
                                Problems.write(res, PlatformErrorCode.FORBIDDEN, "您的账号没有权限执行此操作");
                            } else {
                                forbiddenPage.handle(req, res, ex);
                            }
                        }))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }
}
