package org.waymark.alerting.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.waymark.syslog.api.SyslogListener;

/**
 * Receives syslog over TLS (RFC 5425) on DAP_SYSLOG_TLS_PORT (default 6514), with the PKCS#12 key
 * store named by DAP_SYSLOG_TLS_KEYSTORE; off while that is unset. With DAP_SYSLOG_TLS_TRUSTSTORE,
 * clients must present a certificate it trusts.
 */
@MessageDriven(messageListenerInterface = SyslogListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "protocol", propertyValue = "tls"),
        @ActivationConfigProperty(propertyName = "port", propertyValue = "6514"),
        @ActivationConfigProperty(propertyName = "portVariable", propertyValue = "DAP_SYSLOG_TLS_PORT"),
        @ActivationConfigProperty(propertyName = "keyStoreVariable", propertyValue = "DAP_SYSLOG_TLS_KEYSTORE"),
        @ActivationConfigProperty(propertyName = "keyStorePasswordVariable", propertyValue = "DAP_SYSLOG_TLS_KEYSTORE_PASSWORD"),
        @ActivationConfigProperty(propertyName = "trustStoreVariable", propertyValue = "DAP_SYSLOG_TLS_TRUSTSTORE"),
        @ActivationConfigProperty(propertyName = "trustStorePasswordVariable", propertyValue = "DAP_SYSLOG_TLS_TRUSTSTORE_PASSWORD"),
        @ActivationConfigProperty(propertyName = "timeZoneVariable", propertyValue = "DAP_SYSLOG_TIME_ZONE"),
        @ActivationConfigProperty(propertyName = "allowedNetworksVariable", propertyValue = "DAP_SYSLOG_ALLOWED_NETWORKS"),
        @ActivationConfigProperty(propertyName = "maxConnectionsVariable", propertyValue = "DAP_SYSLOG_MAX_CONNECTIONS"),
        @ActivationConfigProperty(propertyName = "idleTimeoutVariable", propertyValue = "DAP_SYSLOG_IDLE_TIMEOUT_SECONDS")
})
public class SyslogTlsReceiver extends SyslogReceiver {
}
