package org.waymark.alerting.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.waymark.alerting.control.SyslogIntake;
import org.waymark.syslog.api.SyslogListener;
import org.waymark.syslog.api.SyslogMessage;

/**
 * Receives syslog over TCP from the syslog resource adapter. The adapter's name differs between
 * the EAR and the Payara Micro form, so it comes from each form's glassfish-ejb-jar.xml.
 */
@MessageDriven(messageListenerInterface = SyslogListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "protocol", propertyValue = "tcp"),
        @ActivationConfigProperty(propertyName = "port", propertyValue = "5514"),
        @ActivationConfigProperty(propertyName = "portVariable", propertyValue = "DAP_SYSLOG_TCP_PORT")
})
public class SyslogTcpReceiver implements SyslogListener {

    @Inject
    SyslogIntake intake;

    @Override
    public void onMessage(SyslogMessage message) {
        intake.accept(message);
    }
}
