package org.waymark.alerting.boundary;

import jakarta.inject.Inject;
import java.util.List;
import org.waymark.alerting.control.SyslogIntake;
import org.waymark.syslog.api.SyslogListener;
import org.waymark.syslog.api.SyslogMessage;

/**
 * What both syslog message-driven beans do with a message; they differ only in what they listen
 * to. The adapter's name differs between the EAR and the Payara Micro form, so it comes from each
 * form's glassfish-ejb-jar.xml, not from the annotations.
 */
public abstract class SyslogReceiver implements SyslogListener {

    @Inject
    SyslogIntake intake;

    @Override
    public void onMessages(List<SyslogMessage> messages) {
        int unrecorded = 0;
        for (SyslogMessage message : messages) {
            if (!intake.accept(message)) {
                unrecorded++;
            }
        }
        if (unrecorded > 0) {
            unrecorded(unrecorded, messages.size());
        }
    }

    /**
     * The database did not take the alerts of some messages (counted and logged by the intake),
     * not even after the rules waited out an outage. Senders that cannot send again (UDP, TCP) lose
     * nothing more by the batch counting as delivered.
     */
    protected void unrecorded(int unrecorded, int batch) {
        // counted as rule failures; nothing else to do
    }
}
