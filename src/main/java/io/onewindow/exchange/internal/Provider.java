package io.onewindow.exchange.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A department's system answering for one dataset: in the platform ({@link InPlatformProvider}) or over HTTP. */
interface Provider {

    /** The subject's record, or empty when the provider has none; {@link Unavailable} when it cannot answer. */
    Optional<Map<String, String>> query(Datasets.Dataset dataset, String subjectKind, UUID subjectId) throws Unavailable;

    /** The provider could not be reached or did not answer in time. */
    final class Unavailable extends Exception {

        Unavailable(String message) {
            super(message);
        }
    }
}
