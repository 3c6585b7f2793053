/**
 * 好差评 (evaluation): a rating for every finished case and every window visit, a rectification ticket for every
 * 差评 within 15 working days, appeals, and public satisfaction figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package io.onewindow.evaluation;
