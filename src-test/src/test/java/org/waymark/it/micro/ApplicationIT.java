package org.waymark.it.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.alerting.control.ListenerCounts;
import org.waymark.alerting.control.SyslogIntake;
import org.waymark.identity.boundary.Authentication;
import org.waymark.identity.boundary.SignedInUser;
import org.waymark.it.support.MicroDeployment;
import org.waymark.it.support.SyslogSender;
import org.waymark.syslog.api.ParsedSyslog;

/**
 * The Payara Micro form on a real MariaDB/MySQL, tested from inside the running application: the
 * schema, the bootstrap administrator, the audit trail, and syslog arriving from real clients.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    /** Set for Arquillian's Micro by failsafe (src-test/pom.xml). */
    private static final String ADMIN_PASSWORD = System.getenv("DAP_ADMIN_PASSWORD");
    private static final String SYSLOG_PORT = System.getenv("DAP_SYSLOG_TCP_PORT");

    @Deployment
    static WebArchive deployment() {
        return MicroDeployment.withInContainerTests(ApplicationIT.class, SyslogSender.class);
    }

    @Resource(lookup = "jdbc/waymark")
    DataSource database;

    @Inject
    Authentication authentication;

    @Inject
    SyslogIntake syslog;

    @Test
    void theSchemaIsMigratedWithTheEightBuiltInRoles() throws SQLException {
        assertEquals(8, count("select count(*) from app_role where built_in = true"));
        assertEquals(1, count("select count(*) from flyway_schema_history where version = '1' and success = true"));
    }

    @Test
    void theBootstrapAdministratorSignsInWithTheConfiguredPasswordAndIsAnAdministrator() throws SQLException {
        Optional<SignedInUser> admin = authentication.authenticate("admin", ADMIN_PASSWORD.toCharArray(), null);

        assertTrue(admin.isPresent(), "admin signs in with DAP_ADMIN_PASSWORD");
        assertEquals(java.util.Set.of("ADMINISTRATOR"), admin.get().roles());
        assertEquals(1, count("select count(*) from audit_event where action = 'account.bootstrap'"));
    }

    @Test
    void aWrongPasswordFailsAndLandsInTheAuditTrail() throws SQLException {
        String failures = "select count(*) from audit_event where action = 'login' and outcome = 'FAILURE' and actor = 'admin'"
                + " and detail = 'wrong password'";
        long before = count(failures);
        long securityEventsBefore = syslog.securityEvents().getOrDefault("AUTHENTICATION FAILURE", 0L);

        Optional<SignedInUser> nobody = authentication.authenticate("admin", "not-the-password".toCharArray(), null);

        assertTrue(nobody.isEmpty());
        assertEquals(before + 1, count(failures));
        assertEquals(securityEventsBefore + 1, syslog.securityEvents().getOrDefault("AUTHENTICATION FAILURE", 0L),
                "the audit record reaches the alert rules' intake directly");
    }

    @Test
    void syslogFromLoggerOverTcpAndUdpReachesTheMessageDrivenBeansParsed() throws InterruptedException {
        long tcpBefore = received("tcp 127.0.0.1");
        long udpBefore = received("udp 127.0.0.1");
        Map<ParsedSyslog.Format, Long> formatsBefore = syslog.receivedByFormat();

        logger("--rfc5424", "--tcp", "--octet-count");
        logger("--rfc5424", "--tcp");
        logger("--rfc5424", "--udp");
        logger("--rfc3164", "--udp");
        long failuresBefore = syslog.securityEvents().getOrDefault("AUTHENTICATION FAILURE", 0L);
        SyslogSender.sshd(SYSLOG_PORT, List.of("Failed password for invalid user eve from 203.0.113.5 port 22 ssh2"));

        await(() -> received("tcp 127.0.0.1"), tcpBefore + 3, "messages from tcp 127.0.0.1");
        await(() -> received("udp 127.0.0.1"), udpBefore + 2, "messages from udp 127.0.0.1");
        await(() -> syslog.receivedByFormat().get(ParsedSyslog.Format.RFC5424), formatsBefore.get(ParsedSyslog.Format.RFC5424) + 3,
                "RFC 5424 messages");
        await(() -> syslog.receivedByFormat().get(ParsedSyslog.Format.RFC3164), formatsBefore.get(ParsedSyslog.Format.RFC3164) + 2,
                "RFC 3164 messages (logger --rfc3164 and sshd)");
        await(() -> syslog.securityEvents().getOrDefault("AUTHENTICATION FAILURE", 0L), failuresBefore + 1,
                "the sshd failure read as a failed authentication");
        assertEquals(formatsBefore.get(ParsedSyslog.Format.UNPARSED), syslog.receivedByFormat().get(ParsedSyslog.Format.UNPARSED));
    }

    @Test
    void syslogFromOutsideTheAllowedNetworksIsRefused() throws IOException, InterruptedException {
        InetAddress outsider = InetAddress.getByName("127.0.0.2");
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        long allowedBefore = received("udp 127.0.0.1");
        byte[] line = "<13>1 - - - - - - from an address outside DAP_SYSLOG_ALLOWED_NETWORKS".getBytes(StandardCharsets.UTF_8);

        try (DatagramSocket refused = new DatagramSocket(new InetSocketAddress(outsider, 0));
             DatagramSocket allowed = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            refused.send(new DatagramPacket(line, line.length, loopback, Integer.parseInt(SYSLOG_PORT)));
            allowed.send(new DatagramPacket(line, line.length, loopback, Integer.parseInt(SYSLOG_PORT)));
        }
        try (Socket connection = new Socket()) {
            connection.bind(new InetSocketAddress(outsider, 0));
            connection.connect(new InetSocketAddress(loopback, Integer.parseInt(SYSLOG_PORT)));
            connection.getOutputStream().write(line);
            connection.getOutputStream().write('\n');
        } catch (IOException closedByTheListener) {
            // the listener may close the connection before the write
        }

        await(() -> received("udp 127.0.0.1"), allowedBefore + 1, "the allowed datagram, sent after the refused one");
        assertEquals(0L, received("udp 127.0.0.2"), "nothing from 127.0.0.2 over UDP");
        assertEquals(0L, received("tcp 127.0.0.2"), "nothing from 127.0.0.2 over TCP");
    }

    private void logger(String... options) {
        SyslogSender.send(SYSLOG_PORT, List.of(options), List.of("sshd test message " + String.join(" ", options)));
    }

    /** The message-driven beans count asynchronously: waits up to ten seconds for the count. */
    private static void await(Supplier<Long> count, long expected, String what) throws InterruptedException {
        for (int i = 0; i < 100 && count.get() < expected; i++) {
            Thread.sleep(100);
        }
        assertEquals(expected, count.get(), what);
    }

    private long received(String source) {
        return ListenerCounts.read().receivedBySource().getOrDefault(source, 0L);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
