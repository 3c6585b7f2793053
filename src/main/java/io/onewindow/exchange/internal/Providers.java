package io.onewindow.exchange.internal;

import org.springframework.stereotype.Component;

/** Which provider answers for a dataset: the department's own system when its endpoint is set, else the platform. */
@Component
class Providers {

    private final InPlatformProvider inPlatform;
    private final HttpProvider remote;

    Providers(InPlatformProvider inPlatform, HttpProvider remote) {
        this.inPlatform = inPlatform;
        this.remote = remote;
    }

    Provider of(Datasets.Dataset dataset) {
        return dataset.endpoint() == null || dataset.endpoint().isBlank() ? inPlatform : remote.at(dataset.endpoint());
    }
}
