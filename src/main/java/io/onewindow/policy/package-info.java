/**
 * 惠企政策 (policy): policies whose eligibility is a declared rule over enterprise facts, enterprise size by the
 * 2011 classification, and — in later steps — matching, 免申即享 payouts and what-if runs (issue 9, in progress).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy")
package io.onewindow.policy;
