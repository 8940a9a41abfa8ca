package org.waymark.syslog.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.WorkManager;

/** A bound syslog socket that delivers what it receives until it is stopped. */
interface Listener {

    /** Binds the socket now (so a taken port fails the activation) and starts receiving. */
    void start(WorkManager workManager) throws ResourceException;

    void stop();

    String describe();
}
