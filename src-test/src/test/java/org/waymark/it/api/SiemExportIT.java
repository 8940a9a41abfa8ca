package org.waymark.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;
import org.waymark.it.support.SyslogReceiver;

/**
 * The audit trail reaches the customer's SIEM: a syslog receiver that goes down and comes back
 * still gets every record, in order, each a valid CEF record inside an RFC 5424 message.
 */
@ExtendWith(ArquillianExtension.class)
class SiemExportIT {

    private static final Pattern RFC5424 = Pattern.compile("<(\\d{1,3})>1 (\\S+) (\\S+) waymark - (\\S+) - (CEF:0\\|.*)", Pattern.DOTALL);
    /** A header field: anything but an unescaped pipe. */
    private static final Pattern CEF_HEADER = Pattern.compile("CEF:0\\|((?:[^|\\\\]|\\\\.)*\\|){6}(.*)", Pattern.DOTALL);
    /** An extension key starts the text or follows a space; its value runs to the next key. */
    private static final Pattern CEF_KEY = Pattern.compile("(?:^| )([A-Za-z0-9]+)=");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void aReceiverThatIsDownAndBackGetsEveryRecordInOrderAsCef() throws IOException, InterruptedException {
        String root = MicroDeployment.root(deployed);
        // an API key spares each of the many calls below a PBKDF2 check
        Api admin = Api.bearer(root, Api.admin(root).post("api/v1/api-keys", Json.createObjectBuilder().add("name", "siem test")
                .add("expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build()).json().getString("secret"));
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        List<String> users = new ArrayList<>();

        try (SyslogReceiver siem = SyslogReceiver.onFreePort()) {
            assertEquals(201, admin.post("api/v1/siem-destinations", Json.createObjectBuilder().add("name", "siem-" + run)
                    .add("host", "127.0.0.1").add("port", siem.port()).add("transport", "TCP").add("payload", "CEF").build()).status());

            createUsers(admin, run, 0, 20, users);
            siem.stop();
            createUsers(admin, run, 20, 40, users);
            Thread.sleep(3_000); // the sender finds the receiver gone; the records wait
            siem.start();
            createUsers(admin, run, 40, 60, users);

            Map<String, Long> firstArrival = awaitAll(siem, users);

            List<Long> ids = new ArrayList<>(firstArrival.values());
            for (int i = 1; i < ids.size(); i++) {
                assertTrue(ids.get(i) > ids.get(i - 1), "in the order of the trail: " + firstArrival);
            }
            assertEquals(users, new ArrayList<>(firstArrival.keySet()), "every user's creation, in the order it happened");
        }
    }

    @Test
    void overTlsEveryRecordReachesAReceiverWhoseCertificateNamesTheHost() throws Exception {
        String root = MicroDeployment.root(deployed);
        Api admin = Api.bearer(root, Api.admin(root).post("api/v1/api-keys", Json.createObjectBuilder().add("name", "siem tls test")
                .add("expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build()).json().getString("secret"));
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        List<String> users = new ArrayList<>();

        try (SyslogReceiver siem = SyslogReceiver.tlsOnFreePort()) {
            assertEquals(201, admin.post("api/v1/siem-destinations", Json.createObjectBuilder().add("name", "siem-tls-" + run)
                    .add("host", "localhost").add("port", siem.port()).add("transport", "TLS").add("payload", "CEF").build()).status());

            createUsers(admin, run, 0, 10, users);

            Map<String, Long> firstArrival = awaitAll(siem, users);
            assertEquals(users, new ArrayList<>(firstArrival.keySet()), "every record, in order, over TLS");
        }
    }

    private static void createUsers(Api admin, String run, int from, int to, List<String> users) {
        for (int i = from; i < to; i++) {
            String username = "siem-" + run + "-" + i;
            admin.createUser(username, "siem-user-password-" + i);
            users.add(username);
        }
    }

    /** Waits until every user's creation arrived; returns each one's audit id at its first arrival, in arrival order. */
    private static Map<String, Long> awaitAll(SyslogReceiver siem, List<String> users) throws InterruptedException {
        Map<String, Long> firstArrival = new LinkedHashMap<>();
        for (int attempt = 0; attempt < 120 && firstArrival.size() < users.size(); attempt++) {
            Thread.sleep(500);
            firstArrival.clear();
            for (String message : siem.messages()) {
                Map<String, String> cef = parse(message);
                if ("user.create".equals(cef.get("act")) && users.contains(cef.get("duser"))) {
                    firstArrival.putIfAbsent(cef.get("duser"), Long.parseLong(cef.get("externalId")));
                }
            }
        }
        assertEquals(users.size(), firstArrival.size(), "every record arrived: " + firstArrival.keySet());
        return firstArrival;
    }

    /** Checks the RFC 5424 frame and the CEF header, and returns the CEF extension, unescaped. */
    private static Map<String, String> parse(String message) {
        Matcher syslog = RFC5424.matcher(message);
        assertTrue(syslog.matches(), "an RFC 5424 message: " + message);
        Matcher cef = CEF_HEADER.matcher(syslog.group(5));
        assertTrue(cef.matches(), "a CEF header of seven fields: " + syslog.group(5));
        String extension = cef.group(2);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher key = CEF_KEY.matcher(extension);
        List<int[]> keys = new ArrayList<>();
        while (key.find()) {
            keys.add(new int[] {key.start(1), key.end()}); // an escaped \= never ends a key
        }
        for (int i = 0; i < keys.size(); i++) {
            int end = i + 1 < keys.size() ? keys.get(i + 1)[0] - 1 : extension.length();
            String value = extension.substring(keys.get(i)[1], end);
            fields.put(extension.substring(keys.get(i)[0], keys.get(i)[1] - 1),
                    value.replace("\\=", "=").replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\"));
        }
        assertTrue(fields.containsKey("rt") && fields.containsKey("externalId"), "the standard keys: " + fields);
        return fields;
    }
}
