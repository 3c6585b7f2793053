/**
 * People (身份): citizens by real name (居民身份证号, GB 11643), enterprises by 统一社会信用代码 (GB 32100),
 * staff accounts with roles, login and lockout. Personal identifiers are stored SM4-encrypted with a lookup hash.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"audit", "organization", "platform"})
package io.onewindow.identity;
