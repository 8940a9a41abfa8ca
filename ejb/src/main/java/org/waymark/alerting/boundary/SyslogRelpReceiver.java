package org.waymark.alerting.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.waymark.syslog.api.SyslogListener;

/**
 * Receives syslog over RELP on DAP_SYSLOG_RELP_PORT (default 2514): rsyslog's omrelp keeps every
 * message until it is acknowledged, which happens once this bean has taken it, so a restart of
 * Waymark loses nothing that rsyslog forwards this way.
 */
@MessageDriven(messageListenerInterface = SyslogListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "protocol", propertyValue = "relp"),
        @ActivationConfigProperty(propertyName = "port", propertyValue = "2514"),
        @ActivationConfigProperty(propertyName = "portVariable", propertyValue = "DAP_SYSLOG_RELP_PORT"),
        @ActivationConfigProperty(propertyName = "timeZoneVariable", propertyValue = "DAP_SYSLOG_TIME_ZONE"),
        @ActivationConfigProperty(propertyName = "allowedNetworksVariable", propertyValue = "DAP_SYSLOG_ALLOWED_NETWORKS")
})
public class SyslogRelpReceiver extends SyslogReceiver {
}
