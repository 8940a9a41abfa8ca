package org.waymark.it.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;
import org.waymark.it.support.SyslogReceiver;
import org.waymark.it.support.SyslogSender;

/**
 * New alerts leave the application as the SOC configured: by e-mail through a real SMTP server
 * (GreenMail, where failsafe points DAP_SMTP_HOST), to a webhook that fails at first and gets
 * every alert in order once it answers, and as CEF to the SIEM's syslog receiver.
 */
@ExtendWith(ArquillianExtension.class)
class AlertNotificationsIT {

    private static final String SYSLOG_PORT = System.getenv("DAP_SYSLOG_TCP_PORT");
    private static final int SMTP_PORT = Integer.parseInt(System.getenv("DAP_SMTP_PORT"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application();
    }

    @ArquillianResource
    URL deployed;

    /** A POST the webhook received: its status answer, signature header and body. */
    private record Delivery(int answered, String signature, String body) {
    }

    @Test
    void newAlertsGoByMailToAWebhookAndToTheSiemEachFromItsMinimumSeverity() throws Exception {
        Api admin = Api.admin(MicroDeployment.root(deployed));
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        AtomicInteger posts = new AtomicInteger();
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            int status = posts.incrementAndGet() == 1 ? 503 : 204; // down at first: the channel must retry
            deliveries.add(new Delivery(status, exchange.getRequestHeaders().getFirst("X-Waymark-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();
        try (SyslogReceiver siem = SyslogReceiver.onFreePort(); SyslogReceiver soar = SyslogReceiver.onFreePort()) {
            String run = Api.unique("notify");
            add(admin, Json.createObjectBuilder().add("name", run + "-mail").add("kind", "EMAIL").add("target", "soc@example.test")
                    .add("minSeverity", "HIGH"));
            add(admin, Json.createObjectBuilder().add("name", run + "-hook").add("kind", "WEBHOOK")
                    .add("target", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook").add("secret", "hook-secret-1")
                    .add("minSeverity", "MEDIUM"));
            add(admin, Json.createObjectBuilder().add("name", run + "-soar").add("kind", "SYSLOG").add("target", "tcp://127.0.0.1:" + soar.port())
                    .add("minSeverity", "HIGH"));
            assertEquals(201, admin.post("api/v1/siem-destinations", Json.createObjectBuilder().add("name", run + "-siem")
                    .add("host", "127.0.0.1").add("port", siem.port()).add("transport", "TCP").add("payload", "CEF").build()).status());

            // a MEDIUM alert (an account made here), then a HIGH one (a brute force from sshd)
            String newcomer = Api.unique("newcomer");
            admin.createUser(newcomer, "newcomer-password-4242");
            String target = Api.unique("target");
            String address = "198.18." + ThreadLocalRandom.current().nextInt(256) + "." + (1 + ThreadLocalRandom.current().nextInt(254));
            List<String> burst = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                burst.add("Failed password for " + target + " from " + address + " port " + (30_000 + i) + " ssh2");
            }
            SyslogSender.sshd(SYSLOG_PORT, burst);

            assertTrue(smtp.waitForIncomingEmail(30_000, 1), "an e-mail for the HIGH alert");
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertEquals("soc@example.test", mail.getAllRecipients()[0].toString());
            assertTrue(mail.getSubject().startsWith("[Waymark] HIGH: Brute force against one account - " + target), mail.getSubject());
            assertTrue(((String) mail.getContent()).contains("8 failed sign-ins for " + target), (String) mail.getContent());

            awaitDeliveries(deliveries, 3);
            assertEquals(List.of(503, 204, 204), deliveries.stream().map(Delivery::answered).toList(), "retried after the failure");
            assertEquals(deliveries.get(0).body(), deliveries.get(1).body(), "the failed one again, first");
            JsonObject medium = Json.createReader(new StringReader(deliveries.get(1).body())).readObject();
            assertEquals("alert.raise", medium.getString("event"));
            assertEquals("PRIVILEGE_CHANGE", medium.getJsonObject("alert").getString("rule"));
            assertEquals(newcomer, medium.getJsonObject("alert").getString("user"));
            JsonObject high = Json.createReader(new StringReader(deliveries.get(2).body())).readObject();
            assertEquals("BRUTE_FORCE_ACCOUNT", high.getJsonObject("alert").getString("rule"));
            for (Delivery delivery : deliveries) {
                assertEquals("sha256=" + hmac("hook-secret-1", delivery.body()), delivery.signature());
            }
            Thread.sleep(3_000);
            assertEquals(1, smtp.getReceivedMessages().length, "the MEDIUM alert is below the mail channel's minimum");

            String cef = awaitSiem(siem, "act=alert.raise", target);
            assertTrue(cef.contains("|alert.raise|") && cef.contains("|8|"), "CEF severity 8 for HIGH: " + cef);

            String alertCef = awaitSiem(soar, "act=alert.raise", "duser=" + target);
            assertTrue(alertCef.contains("|BRUTE_FORCE_ACCOUNT|Brute force against one account|8|") && alertCef.contains("cnt=8")
                    && alertCef.contains("cs1=T1110.001") && alertCef.contains("cat=HIGH"), alertCef);
            assertEquals(1, soar.messages().size(), "the MEDIUM alert is below the syslog channel's minimum: " + soar.messages());
        } finally {
            webhook.stop(0);
            smtp.stop();
        }
    }

    @Test
    void aSlowWebhookHoldsUpNeitherChangesToItsChannelNorOtherChannels() throws Exception {
        Api admin = Api.admin(MicroDeployment.root(deployed));
        CountDownLatch slowCalled = new CountDownLatch(1);
        CountDownLatch fastCalled = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        HttpServer webhooks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhooks.createContext("/slow", exchange -> {
            slowCalled.countDown();
            try {
                answer.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhooks.createContext("/fast", exchange -> {
            fastCalled.countDown();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhooks.setExecutor(Executors.newCachedThreadPool());
        webhooks.start();
        try {
            // the slow one first: channels used to be sent for one after the other, in this order
            long slow = addWebhook(admin, webhooks, "/slow");
            addWebhook(admin, webhooks, "/fast");
            admin.createUser(Api.unique("newcomer"), "newcomer-password-4242"); // a MEDIUM alert
            assertTrue(slowCalled.await(30, TimeUnit.SECONDS), "the slow webhook was called");

            // the sender waits up to 10 s for the slow webhook: whatever waited for it would take that long
            long started = System.nanoTime();
            Api.Answer disabled = admin.post("api/v1/notification-channels/" + slow + "/disable", null);
            Duration disabling = Duration.ofNanos(System.nanoTime() - started);
            boolean fastInTime = fastCalled.await(5, TimeUnit.SECONDS);
            answer.countDown();

            assertEquals(204, disabled.status(), disabled::toString);
            assertTrue(disabling.compareTo(Duration.ofSeconds(5)) < 0, () -> "disabling the channel took " + disabling);
            assertTrue(fastInTime, "the other channel's webhook was called while the slow one was still answering");
        } finally {
            answer.countDown();
            webhooks.stop(0);
        }
    }

    private static long addWebhook(Api admin, HttpServer server, String path) {
        Api.Answer added = admin.post("api/v1/notification-channels", Json.createObjectBuilder().add("name", Api.unique("hook"))
                .add("kind", "WEBHOOK").add("target", "http://127.0.0.1:" + server.getAddress().getPort() + path)
                .add("minSeverity", "MEDIUM").build());
        assertEquals(201, added.status(), added::toString);
        return added.json().getJsonNumber("id").longValue();
    }

    @Test
    void aNameTakenInAnotherCaseIsAConflictNotAServerError() {
        // the check before the insert compares exactly; MariaDB's unique key ignores case and refuses the row
        Api admin = Api.admin(MicroDeployment.root(deployed));
        String name = Api.unique("Pager");
        Api.Answer first = admin.post("api/v1/notification-channels", Json.createObjectBuilder().add("name", name).add("kind", "EMAIL")
                .add("target", "pager@example.test").add("minSeverity", "CRITICAL").build());
        assertEquals(201, first.status(), first::toString);
        try {
            Api.Answer again = admin.post("api/v1/notification-channels", Json.createObjectBuilder().add("name", name.toLowerCase(Locale.ROOT))
                    .add("kind", "EMAIL").add("target", "pager@example.test").add("minSeverity", "CRITICAL").build());

            assertEquals(409, again.status(), again::toString);
            assertTrue(again.body().contains("exists already"), again::toString);
        } finally {
            // the other test counts the mails of its own channels only
            assertEquals(204, admin.delete("api/v1/notification-channels/" + first.json().getJsonNumber("id").longValue()).status());
        }
    }

    @Test
    void aWebhookIsAnHttpAddressWithAHostAndNoCredentials() {
        Api admin = Api.admin(MicroDeployment.root(deployed));
        for (String target : List.of("ftp://hooks.example.test/in", "http://user:secret@hooks.example.test/in", "https:///in",
                "http://hooks.example.test/" + "a".repeat(2_000), "not a url")) {
            Api.Answer refused = admin.post("api/v1/notification-channels", Json.createObjectBuilder().add("name", Api.unique("hook"))
                    .add("kind", "WEBHOOK").add("target", target).add("minSeverity", "CRITICAL").build());

            assertEquals(400, refused.status(), () -> target + ": " + refused);
            assertTrue(refused.body().contains("A webhook is an http or https URL with a host and no credentials in it."), refused::toString);
        }
    }

    @Test
    void aSyslogReceiverIsAProtocolAHostAndAPort() {
        Api admin = Api.admin(MicroDeployment.root(deployed));
        for (String target : List.of("tcp://siem.example.test", "http://siem.example.test:514", "tcp://user@siem.example.test:514",
                "tls://siem.example.test:6514/path", "udp://siem.example.test:70000", "siem.example.test:514")) {
            Api.Answer refused = admin.post("api/v1/notification-channels", Json.createObjectBuilder().add("name", Api.unique("soar"))
                    .add("kind", "SYSLOG").add("target", target).add("minSeverity", "CRITICAL").build());

            assertEquals(400, refused.status(), () -> target + ": " + refused);
            assertTrue(refused.body().contains("A syslog receiver is tcp://host:port, tls://host:port or udp://host:port."), refused::toString);
        }
        Api.Answer added = admin.post("api/v1/notification-channels", Json.createObjectBuilder().add("name", Api.unique("soar"))
                .add("kind", "SYSLOG").add("target", "UDP://[2001:db8::7]:514").add("minSeverity", "CRITICAL").build());
        assertEquals(201, added.status(), added::toString);
        assertEquals("udp://[2001:db8::7]:514", added.json().getString("target"));
        assertEquals(204, admin.delete("api/v1/notification-channels/" + added.json().getJsonNumber("id").longValue()).status());
    }

    private static void add(Api admin, jakarta.json.JsonObjectBuilder channel) {
        Api.Answer added = admin.post("api/v1/notification-channels", channel.build());
        assertEquals(201, added.status(), added::toString);
    }

    private static void awaitDeliveries(List<Delivery> deliveries, int expected) throws InterruptedException {
        for (int i = 0; i < 300 && deliveries.size() < expected; i++) {
            Thread.sleep(100);
        }
        assertEquals(expected, deliveries.size(), () -> "webhook deliveries: " + deliveries);
    }

    private static String awaitSiem(SyslogReceiver siem, String... parts) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            for (String message : siem.messages()) {
                if (List.of(parts).stream().allMatch(message::contains)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no SIEM message with " + List.of(parts) + " among " + siem.messages().size());
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
