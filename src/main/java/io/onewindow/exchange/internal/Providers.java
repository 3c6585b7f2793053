package io.onewindow.exchange.internal;

import org.springframework.stereotype.Component;

/** Which provider answers for a dataset: the in-platform one unless a remote system is configured for it. */
@Component
class Providers {

    private final InPlatformProvider inPlatform;

    Providers(InPlatformProvider inPlatform) {
        this.inPlatform = inPlatform;
    }

    Provider of(Datasets.Dataset dataset) {
        return inPlatform;
    }
}
