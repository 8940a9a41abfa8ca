package org.waymark.alerting.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.waymark.syslog.api.SyslogListener;

/** Receives syslog over TCP, on DAP_SYSLOG_TCP_PORT (default 5514). */
@MessageDriven(messageListenerInterface = SyslogListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "protocol", propertyValue = "tcp"),
        @ActivationConfigProperty(propertyName = "port", propertyValue = "5514"),
        @ActivationConfigProperty(propertyName = "portVariable", propertyValue = "DAP_SYSLOG_TCP_PORT"),
        @ActivationConfigProperty(propertyName = "timeZoneVariable", propertyValue = "DAP_SYSLOG_TIME_ZONE"),
        @ActivationConfigProperty(propertyName = "allowedNetworksVariable", propertyValue = "DAP_SYSLOG_ALLOWED_NETWORKS"),
        @ActivationConfigProperty(propertyName = "maxConnectionsVariable", propertyValue = "DAP_SYSLOG_MAX_CONNECTIONS"),
        @ActivationConfigProperty(propertyName = "idleTimeoutVariable", propertyValue = "DAP_SYSLOG_IDLE_TIMEOUT_SECONDS")
})
public class SyslogTcpReceiver extends SyslogReceiver {
}
