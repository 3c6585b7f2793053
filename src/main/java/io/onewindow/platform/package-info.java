/**
 * Shared platform services every module may use: error codes and problem details, SM3/SM4 primitives,
 * the embedded PostgreSQL, security headers and page layout. It depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        allowedDependencies = {})
package io.onewindow.platform;
