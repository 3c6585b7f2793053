package io.onewindow.notification.internal;

import java.util.Map;

/** A way out of the building (SMS, e-mail). The relay hands it one message at a time. */
interface Channel {

    /** {@code SMS} or {@code EMAIL}, as in the outbox. */
    String name();

    /** Configured; a channel that is off gets nothing queued. */
    boolean on();

    /** The most messages a second this node hands to it (the gateway's own limit, agreed with the operator). */
    int perSecond();

    void deliver(Delivery delivery) throws DeliveryFailure;

    /** One message with its address opened by the relay. {@code id} doubles as the gateway's idempotency key. */
    record Delivery(long id, String address, String template, Map<String, String> params, String subject, String body) {
    }

    /** A failed attempt; {@code permanent} when trying again cannot help (the gateway refused the message). */
    final class DeliveryFailure extends Exception {

        private final boolean permanent;

        DeliveryFailure(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
