package org.waymark.syslog.api;

/**
 * The message listener contract of the syslog resource adapter: message-driven beans implement it
 * and receive one call per syslog message. A message counts as delivered only when the call
 * returns.
 */
public interface SyslogListener {

    void onMessage(SyslogMessage message);
}
