/**
 * Electronic licences (电子证照) and electronic seals: issued from approved cases under each department's SM2 seal,
 * verifiable anywhere (online and offline), held in the applicant's wallet, revocable at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "License",
        allowedDependencies = {"audit", "casework", "catalog", "identity", "organization", "platform"})
package io.onewindow.license;
