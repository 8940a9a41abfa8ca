package org.waymark.alerting.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.waymark.syslog.api.SyslogListener;

/**
 * Receives syslog over RELP on DAP_SYSLOG_RELP_PORT (default 2514): rsyslog's omrelp keeps every
 * message until it is acknowledged, which happens once this bean has taken it and its alerts are in
 * the database, so neither a restart of Waymark nor a database outage loses what rsyslog forwards
 * this way (a batch may come twice).
 */
@MessageDriven(messageListenerInterface = SyslogListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "protocol", propertyValue = "relp"),
        @ActivationConfigProperty(propertyName = "port", propertyValue = "2514"),
        @ActivationConfigProperty(propertyName = "portVariable", propertyValue = "DAP_SYSLOG_RELP_PORT"),
        @ActivationConfigProperty(propertyName = "timeZoneVariable", propertyValue = "DAP_SYSLOG_TIME_ZONE"),
        @ActivationConfigProperty(propertyName = "allowedNetworksVariable", propertyValue = "DAP_SYSLOG_ALLOWED_NETWORKS"),
        @ActivationConfigProperty(propertyName = "maxConnectionsVariable", propertyValue = "DAP_SYSLOG_MAX_CONNECTIONS"),
        @ActivationConfigProperty(propertyName = "idleTimeoutVariable", propertyValue = "DAP_SYSLOG_IDLE_TIMEOUT_SECONDS")
})
public class SyslogRelpReceiver extends SyslogReceiver {

    /**
     * No acknowledgement then (the rules gave up waiting for the database, or it refused the
     * alert): rsyslog keeps the batch and sends it again.
     */
    @Override
    protected void unrecorded(int unrecorded, int batch) {
        throw new IllegalStateException("the alerts of " + unrecorded + " of " + batch + " messages could not be recorded; the RELP sender "
                + "will send them again");
    }
}
