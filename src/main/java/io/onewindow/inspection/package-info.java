/**
 * 新型监管: 双随机、一公开 — the 抽查事项清单, the 检查对象名录 with credit tiers, the 执法检查人员名录, plans with tier
 * ratios, and a draw anyone can re-run: seeded, deterministic, its seed committed by its SM3 hash before the draw
 * and revealed after. See docs/inspection.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection",
        allowedDependencies = {"audit", "calendar", "identity", "organization", "platform", "policy"})
package io.onewindow.inspection;
