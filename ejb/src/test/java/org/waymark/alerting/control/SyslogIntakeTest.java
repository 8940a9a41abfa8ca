package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.SyslogMessage;

class SyslogIntakeTest {

    @Test
    void countsWhatEachSourceSentPerProtocol() {
        SyslogIntake intake = new SyslogIntake();

        intake.accept(message("tcp", "10.0.0.1"));
        intake.accept(message("tcp", "10.0.0.1"));
        intake.accept(message("udp", "10.0.0.1"));
        intake.accept(message("udp", "10.0.0.2"));

        assertEquals(Map.of("tcp 10.0.0.1", 2L, "udp 10.0.0.1", 1L, "udp 10.0.0.2", 1L), intake.receivedBySource());
    }

    @Test
    void beyondTheLimitOfSourcesTheRestShareOneCounter() {
        SyslogIntake intake = new SyslogIntake();

        for (int i = 0; i < SyslogIntake.MAX_SOURCES + 10; i++) {
            intake.accept(message("udp", "10.1." + (i / 256) + "." + (i % 256)));
        }

        assertEquals(SyslogIntake.MAX_SOURCES + 1, intake.receivedBySource().size());
        assertEquals(10L, intake.receivedBySource().get(SyslogIntake.OTHER_SOURCES));
    }

    private static SyslogMessage message(String protocol, String peer) {
        return new SyslogMessage(Instant.now(), protocol, peer, 5514, "<13>1 - - - - - - hello", false,
                ParsedSyslog.unparsed("<13>1 - - - - - - hello"));
    }
}
