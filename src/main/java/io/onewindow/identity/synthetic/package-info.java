/**
 * Generators of arithmetically valid identifiers that belong to nobody, for demo data and benchmarks only. A named
 * interface of its own, so that only modules which declare {@code identity :: synthetic} (demo) may use it.
 */
@org.springframework.modulith.NamedInterface("synthetic")
package io.onewindow.identity.synthetic;
