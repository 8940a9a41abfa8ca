package org.waymark.it.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.AlertQueue;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;
import org.waymark.it.support.Paths;
import org.waymark.it.support.Rsyslog;
import org.waymark.it.support.SiemCertificates;
import org.waymark.it.support.SyslogSender;

/**
 * Debian's rsyslog forwards an sshd burst to Waymark as a customer's servers would: over TCP with
 * octet-counted framing, and over TLS (RFC 5425) checking Waymark's certificate for localhost.
 */
@ExtendWith(ArquillianExtension.class)
class RsyslogForwardingIT {

    /** Set for Arquillian's Micro by failsafe (src-test/pom.xml). */
    private static final String TCP_PORT = System.getenv("DAP_SYSLOG_TCP_PORT");
    private static final String TLS_PORT = System.getenv("DAP_SYSLOG_TLS_PORT");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void anSshdBurstForwardedByRsyslogOverTcpAndTlsRaisesItsAlerts() throws Exception {
        Api admin = Api.admin(MicroDeployment.root(deployed));
        long tlsBefore = received(admin, "tls 127.0.0.1");
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("octets", "type=\"omfwd\" target=\"127.0.0.1\" port=\"" + TCP_PORT + "\" protocol=\"tcp\" TCP_Framing=\"octet-counted\"");
        routes.put("tls", "type=\"omfwd\" target=\"localhost\" port=\"" + TLS_PORT + "\" protocol=\"tcp\" StreamDriver=\"gtls\" StreamDriverMode=\"1\""
                + " StreamDriverAuthMode=\"x509/name\" StreamDriverPermittedPeers=\"localhost\"");
        String ca = "defaultNetstreamDriverCAFile=\"" + SiemCertificates.directory().resolve("siem.pem") + "\"";

        try (Rsyslog rsyslog = Rsyslog.forwarding(Paths.workDir().resolve("rsyslog-forwarding"), routes, ca)) {
            String overTcp = Api.unique("octets");
            String overTls = Api.unique("tls");
            SyslogSender.sshd(rsyslog.input("octets"), failures(overTcp, "198.51.100.61", 12));
            SyslogSender.sshd(rsyslog.input("tls"), failures(overTls, "198.51.100.62", 12));

            JsonObject tcpAlert = AlertQueue.awaitOne(admin, "BRUTE_FORCE_ACCOUNT", overTcp, alert -> alert.getInt("count") == 12);
            JsonObject tlsAlert = AlertQueue.awaitOne(admin, "BRUTE_FORCE_ACCOUNT", overTls, alert -> alert.getInt("count") == 12);
            assertEquals("HIGH", tcpAlert.getString("severity"));
            assertEquals("HIGH", tlsAlert.getString("severity"));
            assertTrue(received(admin, "tls 127.0.0.1") >= tlsBefore + 12, "the TLS route arrived over TLS:\n" + rsyslog.log());
            JsonObject tlsListener = admin.get("api/v1/syslog/stats").json().getJsonObject("listeners").getJsonObject("tls 0.0.0.0:" + TLS_PORT);
            assertTrue(tlsListener.getJsonNumber("delivered").longValue() >= 12, tlsListener.toString());
            assertEquals(0, tlsListener.getJsonNumber("undelivered").longValue(), tlsListener.toString());
            assertTrue(tlsListener.containsKey("failedHandshakes") && tlsListener.containsKey("dropped"), tlsListener.toString());
        }
    }

    private static List<String> failures(String user, String address, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("Failed password for " + user + " from " + address + " port " + (10_000 + i) + " ssh2");
        }
        return lines;
    }

    private static long received(Api admin, String source) {
        JsonObject bySource = admin.get("api/v1/syslog/stats").json().getJsonObject("receivedBySource");
        return bySource.containsKey(source) ? bySource.getJsonNumber(source).longValue() : 0;
    }
}
