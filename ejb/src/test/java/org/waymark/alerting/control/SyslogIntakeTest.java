package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.configuration.control.Settings;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.SyslogMessage;
import org.waymark.syslog.parse.SyslogParser;

class SyslogIntakeTest {

    /** An intake whose rules run on their defaults, in memory. */
    private static SyslogIntake intake() {
        SyslogIntake intake = new SyslogIntake();
        Map<DetectionRule, RuleConfig> defaults = new EnumMap<>(DetectionRule.class);
        for (DetectionRule rule : DetectionRule.values()) {
            defaults.put(rule, RuleConfig.defaults(rule));
        }
        intake.rules = new RuleEngine();
        intake.rules.book = RuleBook.fixed(defaults);
        intake.rules.state = RuleState.inMemory(1_000);
        intake.rules.settings = new Settings();
        intake.rules.configure();
        intake.extractors = ExtractorBook.fixed(List.of(CustomPattern.compile(
                "vpn login (?<outcome>\\w+) for (?<user>\\S+) from (?<ip>\\S+)", "AUTHENTICATION", null, "vpnd")));
        return intake;
    }

    @Test
    void readsSecurityEventsOutOfWhatArrives() {
        SyslogIntake intake = intake();
        String line = "<38>Dec  4 09:59:01 bastion sshd[4711]: Failed password for root from 203.0.113.5 port 22 ssh2";

        intake.accept(new SyslogMessage(Instant.now(), "udp", "10.0.0.1", 5514, line, false,
                SyslogParser.parse(line, "10.0.0.1", Instant.now(), ZoneOffset.UTC)));
        intake.accept(message("udp", "10.0.0.1"));

        assertEquals(Map.of("AUTHENTICATION FAILURE", 1L), intake.securityEvents());
        assertEquals(0, intake.ruleFailures());
    }

    @Test
    void analystsExtractorsReadWhatTheBuiltInOnesDoNot() {
        SyslogIntake intake = intake();
        String line = "<38>Dec  4 09:59:01 gw vpnd[12]: vpn login denied for carol from 198.51.100.3";

        intake.accept(new SyslogMessage(Instant.now(), "udp", "10.0.0.1", 5514, line, false,
                SyslogParser.parse(line, "10.0.0.1", Instant.now(), ZoneOffset.UTC)));

        assertEquals(Map.of("AUTHENTICATION FAILURE", 1L), intake.securityEvents());
    }

    @Test
    void theLatestUnparsedMessagesAreKeptNewestFirstAndCut() {
        SyslogIntake intake = intake();
        for (int i = 0; i < SyslogIntake.UNPARSED_KEPT + 5; i++) {
            intake.accept(unparsed("garbage " + i));
        }
        intake.accept(new SyslogMessage(Instant.now(), "udp", "10.0.0.3", 5514, "<13>1 2026-12-04T10:00:00Z h a - - - parsed", false,
                SyslogParser.parse("<13>1 2026-12-04T10:00:00Z h a - - - parsed", "10.0.0.3", Instant.now(), ZoneOffset.UTC)));
        intake.accept(unparsed("x".repeat(SyslogIntake.UNPARSED_TEXT_MAX + 1)));

        List<SyslogIntake.Unparsed> kept = intake.recentUnparsed();
        assertEquals(SyslogIntake.UNPARSED_KEPT, kept.size());
        assertEquals(SyslogIntake.UNPARSED_TEXT_MAX, kept.get(0).text().length());
        assertTrue(kept.get(0).truncated());
        assertEquals("garbage " + (SyslogIntake.UNPARSED_KEPT + 4), kept.get(1).text());
        assertEquals("tcp 10.0.0.9", kept.get(1).source());
        assertEquals("garbage 6", kept.get(SyslogIntake.UNPARSED_KEPT - 1).text(), "the oldest went");
    }

    private static SyslogMessage unparsed(String text) {
        return new SyslogMessage(Instant.now(), "tcp", "10.0.0.9", 5514, text, false, ParsedSyslog.unparsed(text));
    }

    private static SyslogMessage message(String protocol, String peer) {
        return new SyslogMessage(Instant.now(), protocol, peer, 5514, "<13>1 - - - - - - hello", false,
                ParsedSyslog.unparsed("<13>1 - - - - - - hello"));
    }
}
