package io.onewindow.license;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Licences for other modules: what a holder has (免提交), and verification. */
public interface Licenses {

    List<License> ofHolder(UUID holderId);

    /** The holder's newest licence of a type, whatever its state (callers check {@link License#usable}). */
    Optional<License> latestOfType(UUID holderId, String typeName);

    VerificationResult verify(String token);
}
