package org.waymark.syslog.adapter;

/** A short back-off after a socket error, so that a persistent one does not spin a thread. */
final class Pause {

    private static final long MILLIS = 100;

    private Pause() {
    }

    static void briefly() {
        try {
            Thread.sleep(MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
