/**
 * Audit log (审计日志): append-only, SM3 hash-chained record of every state change in every module.
 * Other modules call {@link io.onewindow.audit.AuditLog#record} inside the transaction that makes the change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"platform"})
package io.onewindow.audit;
