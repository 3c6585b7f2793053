/**
 * 惠企政策 (policy): policies whose eligibility is a declared rule over enterprise facts and whose benefit is a
 * formula; the fact base (registration plus departments' figures); bulk and incremental matching with stored
 * results and explanations; 试算 before publishing; 免申即享 payouts; enterprise size by the 2011 classification.
 * See docs/policy.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy",
        allowedDependencies = {"audit", "casework", "catalog", "identity", "organization", "platform"})
package io.onewindow.policy;
