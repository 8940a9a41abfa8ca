package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.waymark.alerting.control.SecurityEvent.Outcome;
import org.waymark.alerting.control.SecurityEvent.Type;
import org.waymark.syslog.api.SyslogMessage;
import org.waymark.syslog.parse.SyslogParser;

class ExtractorsTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-04T10:00:00Z");

    private static Optional<SecurityEvent> extract(String line) {
        SyslogMessage message = new SyslogMessage(RECEIVED, "tcp", "192.0.2.9", 5514, line, false,
                SyslogParser.parse(line, "192.0.2.9", RECEIVED, ZoneOffset.UTC));
        return Extractors.extract(message, ZoneOffset.UTC);
    }

    @Test
    void openSshFailuresSuccessesAndInvalidUsers() {
        SecurityEvent failed = extract("<38>Dec  4 09:59:01 bastion sshd[4711]: Failed password for invalid user eve from 203.0.113.5 port 22 ssh2")
                .orElseThrow();
        assertEquals(Type.AUTHENTICATION, failed.type());
        assertEquals(Outcome.FAILURE, failed.outcome());
        assertEquals("eve", failed.user());
        assertEquals("203.0.113.5", failed.sourceAddress());
        assertEquals("bastion", failed.host());
        assertEquals(Instant.parse("2026-12-04T09:59:01Z"), failed.time());

        SecurityEvent accepted = extract("<38>1 2026-12-04T10:00:01Z bastion sshd 4711 - - Accepted publickey for alice from 2001:db8::7 port 50022 ssh2")
                .orElseThrow();
        assertEquals(Outcome.SUCCESS, accepted.outcome());
        assertEquals("alice", accepted.user());
        assertEquals("2001:db8::7", accepted.sourceAddress());

        assertEquals("admin", extract("<38>Dec  4 09:59:02 bastion sshd[4712]: Invalid user admin from 198.51.100.1 port 4242")
                .orElseThrow().user());
    }

    @Test
    void pamSudoAndNewAccounts() {
        SecurityEvent pam = extract("<85>Dec  4 09:59:03 web1 su[99]: pam_unix(su:auth): authentication failure; logname=bob uid=1000 "
                + "euid=0 tty=pts/0 ruser=bob rhost=  user=root").orElseThrow();
        assertEquals(Outcome.FAILURE, pam.outcome());
        assertEquals("root", pam.user());

        SecurityEvent sudo = extract("<85>Dec  4 09:59:04 web1 sudo: bob : TTY=pts/0 ; PWD=/home/bob ; USER=root ; COMMAND=/bin/ls")
                .orElseThrow();
        assertEquals(Type.PRIVILEGE_USE, sudo.type());
        assertEquals(Outcome.SUCCESS, sudo.outcome());
        assertEquals("bob", sudo.user());
        assertEquals(Outcome.FAILURE, extract("<85>Dec  4 09:59:05 web1 sudo: mallory : 3 incorrect password attempts ; TTY=pts/1 ; "
                + "PWD=/tmp ; USER=root ; COMMAND=/bin/sh").orElseThrow().outcome());

        SecurityEvent account = extract("<86>Dec  4 09:59:06 web1 useradd[123]: new user: name=backdoor, UID=1001, GID=1001, home=/home/x")
                .orElseThrow();
        assertEquals(Type.ACCOUNT_CHANGE, account.type());
        assertEquals("backdoor", account.user());

        SecurityEvent usermod = extract("<86>Dec  4 09:59:06 web1 usermod[124]: add 'backdoor' to group 'sudo'").orElseThrow();
        assertEquals(Type.ACCOUNT_CHANGE, usermod.type());
        assertEquals("backdoor", usermod.user());
        SecurityEvent gpasswd = extract("<86>Dec  4 09:59:06 web1 gpasswd[125]: user mallory added by root to group adm").orElseThrow();
        assertEquals(Type.ACCOUNT_CHANGE, gpasswd.type());
        assertEquals("mallory", gpasswd.user());
    }

    @Test
    void cefAndLeefAccountsAndMembershipsCreatedOrGranted() {
        SecurityEvent created = extract("<13>Dec  4 09:59:07 dc1 CEF:0|Microsoft|Windows|10|4720|A user account was created|5|duser=intruder "
                + "suser=admin2").orElseThrow();
        assertEquals(Type.ACCOUNT_CHANGE, created.type());
        assertEquals("intruder", created.user());
        SecurityEvent member = extract("<13>Dec  4 09:59:07 dc1 CEF:0|Microsoft|Windows|10|4728|A member was added to a security-enabled "
                + "global group|5|duser=intruder cs1=Domain Admins").orElseThrow();
        assertEquals(Type.ACCOUNT_CHANGE, member.type());
        assertTrue(extract("<13>CEF:0|Acme|IAM|1|r9|Role grant|5|outcome=failure duser=eve").isEmpty(), "a refused grant changes nothing");
        assertTrue(extract("<13>CEF:0|Acme|DLP|1|f1|File added to share|5|fname=x").isEmpty(), "not about accounts");
        assertTrue(extract("<13>CEF:0|Acme|App|1|s1|Session created for user|3|duser=eve").isEmpty(), "a session is no account");
        assertTrue(extract("<13>CEF:0|Acme|App|1|f2|File added by user|3|duser=eve").isEmpty());
        assertTrue(extract("<13>CEF:0|Acme|IAM|1|g9|Failed to add user to group|5|duser=eve").isEmpty(), "failed, by its name");
        assertTrue(extract("<13>CEF:0|Acme|IAM|1|a1|Authorization denied|5|duser=eve src=10.0.0.1").isEmpty(), "authorization is no sign-in");
        assertTrue(extract("<86>Dec  4 09:59:06 web1 usermod[124]: add 'backdoor' to shadow group 'sudo'").isEmpty(),
                "the shadow group line repeats the change");

        SecurityEvent leef = extract("<13>Dec  4 09:59:07 idp LEEF:2.0|Acme|IdP|2.1|Role granted|^|usrName=eve^src=10.1.2.3"
                + "^devTime=1796378347000").orElseThrow();
        assertEquals(Type.ACCOUNT_CHANGE, leef.type());
        assertEquals("eve", leef.user());
        assertEquals(Instant.ofEpochMilli(1796378347000L), leef.time());
    }

    @Test
    void leefSignIns() {
        SecurityEvent failed = extract("<13>Dec  4 09:59:07 vpn LEEF:1.0|Acme|VPN|3.1|Login Failed|usrName=carol\tsrc=198.51.100.20")
                .orElseThrow();
        assertEquals(Type.AUTHENTICATION, failed.type());
        assertEquals(Outcome.FAILURE, failed.outcome());
        assertEquals("carol", failed.user());
        assertEquals("198.51.100.20", failed.sourceAddress());
        assertEquals("VPN", failed.application());
        assertEquals(Instant.parse("2026-12-04T09:59:07Z"), failed.time(), "no devTime: the syslog header's");

        SecurityEvent success = extract("<13>LEEF:2.0|Acme|VPN|3.1|auth|^|cat=Authentication^outcome=success^usrName=dave^src=2001:db8::5")
                .orElseThrow();
        assertEquals(Outcome.SUCCESS, success.outcome());
        assertEquals("2001:db8::5", success.sourceAddress());
        assertTrue(extract("<13>LEEF:2.0|Acme|VPN|3.1|auth|^|cat=Authentication^usrName=dave").isEmpty(), "no outcome: no event");
    }

    @Test
    void cefAuthenticationRecords() {
        SecurityEvent event = extract("<13>Dec  4 09:59:07 vpn CEF:0|Acme|VPN|3.1|4625|User login failed|5|outcome=failure duser=carol "
                + "src=198.51.100.20 rt=1796378347000").orElseThrow();
        assertEquals(Type.AUTHENTICATION, event.type());
        assertEquals(Outcome.FAILURE, event.outcome());
        assertEquals("carol", event.user());
        assertEquals("198.51.100.20", event.sourceAddress());
        assertEquals("VPN", event.application());
        assertEquals(Instant.ofEpochMilli(1796378347000L), event.time());

        assertTrue(extract("<13>CEF:0|Acme|FW|1|100|Port scan|7|src=10.0.0.1 outcome=blocked").isEmpty(), "not about signing in");
    }

    @Test
    void anythingElseYieldsNothing() {
        assertTrue(extract("<13>Dec  4 09:59:08 host cron[1]: (root) CMD (run-parts /etc/cron.hourly)").isEmpty());
        assertTrue(extract("no syslog at all").isEmpty());
    }
}
