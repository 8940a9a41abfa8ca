package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.alerting.control.SecurityEvent.Outcome;
import org.waymark.alerting.control.SecurityEvent.Type;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.alerting.entity.Severity;
import org.waymark.configuration.control.Settings;

/** The rules over the windows in memory, with the events' own times as the clock. */
class RuleEngineTest {

    /** A Wednesday, 10:00 UTC: business hours by default. */
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private final Map<DetectionRule, RuleConfig> rules = new EnumMap<>(DetectionRule.class);
    private final RuleEngine engine = new RuleEngine();

    RuleEngineTest() {
        for (DetectionRule rule : DetectionRule.values()) {
            rules.put(rule, RuleConfig.defaults(rule));
        }
        // the unknown-address rule keeps its baseline in the database: tested in the container
        rules.put(DetectionRule.UNKNOWN_ADDRESS, RuleConfig.of(DetectionRule.UNKNOWN_ADDRESS, false, Severity.MEDIUM, 3600, Map.of(), Set.of()));
        engine.state = RuleState.inMemory(10_000);
        engine.settings = new Settings();
        engine.configure();
    }

    @Test
    void eightFailuresForOneUserWithinTwoMinutesAreABruteForce() {
        for (int i = 0; i < 7; i++) {
            assertEquals(List.of(), rulesOf(fail("root", "10.0.0." + i, T0.plusSeconds(i * 10))));
        }
        List<Detection> eighth = detect(fail("root", "10.0.0.8", T0.plusSeconds(70)));

        assertEquals(List.of(DetectionRule.BRUTE_FORCE_ACCOUNT), eighth.stream().map(d -> d.rule().rule()).toList());
        assertEquals(8, eighth.get(0).count());
        assertEquals("root", eighth.get(0).user());
        assertEquals(Severity.HIGH, eighth.get(0).rule().severity());
    }

    @Test
    void theWindowSlides() {
        // one failure every 20 s: any 120 s hold at most 7 (the ends included)
        for (int i = 0; i < 30; i++) {
            assertEquals(List.of(), rulesOf(fail("alice", "10.0.0.1", T0.plusSeconds(i * 20L + 1))), "failure " + i);
        }
        // one failure every 17 s: 8 fall within 120 s
        List<DetectionRule> found = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            found.addAll(rulesOf(fail("bob", "10.0.0.2", T0.plusSeconds(i * 17L))));
        }
        assertEquals(List.of(DetectionRule.BRUTE_FORCE_ACCOUNT), found);
    }

    @Test
    void eventsOutOfOrderWithinTheToleranceCountWhereTheyBelong() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            times.add(T0.plusSeconds(i * 15L));
        }
        Collections.shuffle(times, new Random(7));
        List<DetectionRule> found = new ArrayList<>();
        for (Instant time : times) {
            found.addAll(rulesOf(fail("carol", "10.0.0.3", time)));
        }
        assertEquals(List.of(DetectionRule.BRUTE_FORCE_ACCOUNT), found);
    }

    @Test
    void anEventBeyondTheToleranceDoesNotCount() {
        detect(fail("dave", "10.0.0.4", T0.plusSeconds(3_600)));
        for (int i = 0; i < 10; i++) {
            // an hour before the newest: more than the 300 s allowed
            assertEquals(List.of(), rulesOf(fail("dave", "10.0.0.4", T0.plusSeconds(i))));
        }
    }

    @Test
    void twelveFailuresFromOneAddressAreABruteForceFromThatSource() {
        List<DetectionRule> found = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            found.addAll(rulesOf(fail("user" + i % 3, "203.0.113.7", T0.plusSeconds(i * 10L))));
        }
        assertEquals(List.of(DetectionRule.BRUTE_FORCE_SOURCE), found);
    }

    @Test
    void failuresWithAndWithoutAUserCountAsOneSeriesForTheirAddress() {
        List<DetectionRule> found = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            found.addAll(rulesOf(fail(i % 2 == 0 ? "user" + i : null, "203.0.113.70", T0.plusSeconds(i))));
        }
        assertEquals(List.of(DetectionRule.BRUTE_FORCE_SOURCE), found);
    }

    @Test
    void rulesListeningToDifferentSourcesKeepTheirOwnWindows() {
        // spraying only for the VPN: the bastion's failures must not fill its window, nor it the per-source one
        rules.put(DetectionRule.PASSWORD_SPRAYING, RuleConfig.of(DetectionRule.PASSWORD_SPRAYING, true, Severity.HIGH, 3600, Map.of(),
                Set.of("vpn")));
        Map<DetectionRule, Integer> first = new EnumMap<>(DetectionRule.class);
        for (int i = 0; i < 30; i++) {
            for (DetectionRule rule : rulesOf(fail("user" + i % 10, "198.51.100.71", T0.plusSeconds(i * 8L)))) {
                first.putIfAbsent(rule, i + 1);
            }
        }
        assertEquals(Map.of(DetectionRule.BRUTE_FORCE_SOURCE, 12), first);
    }

    @Test
    void businessHoursMustEndAfterTheyStart() {
        assertThrows(IllegalArgumentException.class, () -> RuleConfig.of(DetectionRule.OFF_HOURS, true, Severity.LOW, 3600,
                Map.of("start", "22:00", "end", "06:00"), Set.of()));
    }

    @Test
    void tenUsersAndThirtyFailuresFromOneAddressAreSpraying() {
        Map<DetectionRule, Integer> first = new EnumMap<>(DetectionRule.class);
        for (int i = 0; i < 30; i++) {
            // 3 failures per user: the per-account rule stays quiet, the per-source one fires at the 12th
            for (DetectionRule rule : rulesOf(fail("user" + i % 10, "198.51.100.9", T0.plusSeconds(i * 8L)))) {
                first.putIfAbsent(rule, i + 1);
            }
        }
        assertEquals(Map.of(DetectionRule.BRUTE_FORCE_SOURCE, 12, DetectionRule.PASSWORD_SPRAYING, 30), first);
    }

    @Test
    void manyFailuresAgainstFewUsersAreNotSpraying() {
        for (int i = 0; i < 60; i++) {
            List<DetectionRule> found = rulesOf(fail("user" + i % 9, "198.51.100.10", T0.plusSeconds(i * 4L)));
            assertTrue(!found.contains(DetectionRule.PASSWORD_SPRAYING), "failure " + i);
        }
    }

    @Test
    void aSuccessSoonAfterABruteForceFromItsAddressIsCritical() {
        for (int i = 0; i < 12; i++) {
            detect(fail("root", "203.0.113.8", T0.plusSeconds(i)));
        }
        List<Detection> success = detect(succeed("root", "203.0.113.8", T0.plusSeconds(60)));

        Detection critical = success.stream().filter(d -> d.rule().rule() == DetectionRule.SUCCESS_AFTER_FAILURES).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, critical.rule().severity());
        assertEquals("203.0.113.8", critical.address());
        assertEquals("root", critical.user());
    }

    @Test
    void aSuccessLongAfterIsNot() {
        for (int i = 0; i < 12; i++) {
            detect(fail("root", "203.0.113.9", T0.plusSeconds(i)));
        }
        assertTrue(!rulesOf(succeed("root", "203.0.113.9", T0.plusSeconds(11 + 241))).contains(DetectionRule.SUCCESS_AFTER_FAILURES));
    }

    @Test
    void signInsFromOutsideTheCorporateNetworksAreOffPremises() {
        assertEquals(List.of(DetectionRule.OFF_PREMISES), rulesOf(succeed("erin", "203.0.113.20", T0)));
        assertEquals(List.of(DetectionRule.OFF_PREMISES), rulesOf(succeed("erin", "2001:db8::20", T0)));
        assertEquals(List.of(), rulesOf(succeed("erin", "10.20.30.40", T0)));
        assertEquals(List.of(), rulesOf(succeed("erin", "fd12:3456::1", T0)));
        assertEquals(List.of(), rulesOf(succeed("erin", "::ffff:192.168.1.1", T0)));
    }

    @Test
    void signInsOutsideBusinessHoursHolidaysIncluded() {
        rules.put(DetectionRule.OFF_HOURS, RuleConfig.of(DetectionRule.OFF_HOURS, true, Severity.LOW, 3600,
                Map.of("timeZone", "Europe/Berlin", "start", "08:00", "end", "18:00", "holidays", "2026-12-24, 2026-12-25"), Set.of()));

        assertEquals(List.of(), rulesOf(succeed("frank", "10.0.0.5", Instant.parse("2026-12-02T07:30:00Z"))), "08:30 in Berlin");
        assertEquals(List.of(DetectionRule.OFF_HOURS), rulesOf(succeed("frank", "10.0.0.5", Instant.parse("2026-12-02T06:30:00Z"))),
                "07:30 in Berlin");
        assertEquals(List.of(DetectionRule.OFF_HOURS), rulesOf(succeed("frank", "10.0.0.5", Instant.parse("2026-12-02T17:00:00Z"))),
                "18:00 in Berlin");
        assertEquals(List.of(DetectionRule.OFF_HOURS), rulesOf(succeed("frank", "10.0.0.5", Instant.parse("2026-12-05T10:00:00Z"))),
                "a Saturday");
        assertEquals(List.of(DetectionRule.OFF_HOURS), rulesOf(succeed("frank", "10.0.0.5", Instant.parse("2026-12-24T10:00:00Z"))),
                "a holiday");
    }

    @Test
    void accountChangesArePrivilegeChanges() {
        SecurityEvent created = new SecurityEvent(T0, "db1", "useradd", Type.ACCOUNT_CHANGE, Outcome.SUCCESS, "mallory", null,
                "useradd[99]: new user: name=mallory");
        List<Detection> found = detect(created);

        assertEquals(List.of(DetectionRule.PRIVILEGE_CHANGE), found.stream().map(d -> d.rule().rule()).toList());
        assertEquals("PRIVILEGE_CHANGE|mallory||db1", found.get(0).suppressionKey());
    }

    @Test
    void aRuleListensOnlyToItsSources() {
        rules.put(DetectionRule.OFF_PREMISES, RuleConfig.of(DetectionRule.OFF_PREMISES, true, Severity.MEDIUM, 3600, Map.of(), Set.of("vpn")));

        assertEquals(List.of(), rulesOf(succeed("gina", "203.0.113.30", T0)));
        SecurityEvent fromVpn = new SecurityEvent(T0, "vpn", "openvpn", Type.AUTHENTICATION, Outcome.SUCCESS, "gina", "203.0.113.30", "raw");
        assertEquals(List.of(DetectionRule.OFF_PREMISES), rulesOf(fromVpn));
    }

    @Test
    void aDisabledRuleFindsNothing() {
        rules.put(DetectionRule.OFF_PREMISES, RuleConfig.of(DetectionRule.OFF_PREMISES, false, Severity.MEDIUM, 3600, Map.of(), Set.of()));

        assertEquals(List.of(), rulesOf(succeed("hank", "203.0.113.31", T0)));
    }

    @Test
    void aMillionDistinctAddressesStayWithinTheCapOfKeys() {
        RuleState state = RuleState.inMemory(10_000);
        engine.state = state;
        for (int i = 0; i < 1_000_000; i++) {
            detect(fail(null, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255), T0.plusMillis(i)));
        }
        LocalStore store = (LocalStore) state.store();
        assertTrue(store.size() <= 10_000, "windows kept: " + store.size());
    }

    private List<Detection> detect(SecurityEvent event) {
        return engine.detect(event, rules);
    }

    private List<DetectionRule> rulesOf(SecurityEvent event) {
        return detect(event).stream().map(d -> d.rule().rule()).toList();
    }

    private static SecurityEvent fail(String user, String address, Instant at) {
        return new SecurityEvent(at, "bastion", "sshd", Type.AUTHENTICATION, Outcome.FAILURE, user, address,
                "Failed password for " + user + " from " + address);
    }

    private static SecurityEvent succeed(String user, String address, Instant at) {
        return new SecurityEvent(at, "bastion", "sshd", Type.AUTHENTICATION, Outcome.SUCCESS, user, address,
                "Accepted password for " + user + " from " + address);
    }
}
