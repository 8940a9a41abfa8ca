package org.waymark.syslog.api;

import java.util.List;

/**
 * The message listener contract of the syslog resource adapter: message-driven beans implement it.
 * Each call carries the messages that arrived together on one connection (or UDP listener), in
 * the order they arrived; they count as delivered only when the call returns. Batches spare the
 * container one endpoint invocation per message, which would otherwise cost more than the message.
 */
public interface SyslogListener {

    void onMessages(List<SyslogMessage> messages);
}
