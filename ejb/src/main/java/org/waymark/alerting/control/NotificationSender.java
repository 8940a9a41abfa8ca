package org.waymark.alerting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.waymark.alerting.entity.Alert;
import org.waymark.alerting.entity.NotificationChannel;
import org.waymark.audit.control.CefRecord;
import org.waymark.audit.control.SyslogConnection;
import org.waymark.audit.entity.SiemDestination;
import org.waymark.configuration.control.Settings;

/**
 * Sends one alert notification over a channel: an e-mail through the customer's SMTP server
 * (Jakarta Mail, configured by {@code DAP_SMTP_*}), a JSON POST to a webhook, or a CEF record over
 * syslog (the same client as the audit trail's SIEM export).
 */
@ApplicationScoped
public class NotificationSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A notification that did not go out; the channel tries again later. */
    public static class NotSent extends Exception {

        private static final long serialVersionUID = 1L;

        public NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    Settings settings;

    /** The container's scheduler, for the write watchdog of syslog connections. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    /** @param action {@code alert.raise} for a new alert, {@code alert.escalate} for a severity raise */
    public void send(NotificationChannel channel, String action, Alert alert) throws NotSent {
        try {
            switch (channel.getKind()) {
                case EMAIL -> mail(channel, action, alert);
                case WEBHOOK -> post(channel, action, alert);
                case SYSLOG -> syslog(channel, action, alert);
            }
        } catch (RuntimeException e) {
            // e.g. a setting that is not a number: the channel waits and tries again, like any failure
            throw new NotSent(channel.getKind() + " " + channel.getDisplayTarget() + " failed: " + e, e);
        }
    }

    private void mail(NotificationChannel channel, String action, Alert alert) throws NotSent {
        String host = settings.get("DAP_SMTP_HOST").orElseThrow(() -> new NotSent("DAP_SMTP_HOST is not set: no mail server to send to", null));
        String security = settings.get("DAP_SMTP_SECURITY").orElse("starttls");
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(settings.getInt("DAP_SMTP_PORT", "tls".equals(security) ? 465 : 587, 1)));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT.toMillis()));
        switch (security) {
            case "starttls" -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "tls" -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "none" -> {
                // a relay on the same host or network, as the operator chose
            }
            default -> throw new NotSent("DAP_SMTP_SECURITY is starttls, tls or none, not " + security, null);
        }
        String user = settings.get("DAP_SMTP_USER").orElse(null);
        properties.put("mail.smtp.auth", String.valueOf(user != null));
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(settings.get("DAP_SMTP_FROM").orElse("waymark@localhost"), true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(channel.getTarget(), true));
            message.setSubject(AlertText.subject(action, alert), StandardCharsets.UTF_8.name());
            message.setText(AlertText.body(action, alert), StandardCharsets.UTF_8.name());
            if (user == null) {
                Transport.send(message);
            } else {
                Transport.send(message, user, settings.get("DAP_SMTP_PASSWORD").orElse(""));
            }
        } catch (MessagingException e) {
            throw new NotSent("mail to " + channel.getTarget() + " via " + host + " failed: " + e.getMessage(), e);
        }
    }

    private void post(NotificationChannel channel, String action, Alert alert) throws NotSent {
        String body = json(action, alert);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(channel.getTarget()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Waymark-Event", action)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (channel.getSecret() != null) {
            request.header("X-Waymark-Signature", "sha256=" + hmac(channel.getSecret(), body));
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new NotSent("webhook " + channel.getDisplayTarget() + " answered HTTP " + response.statusCode(), null);
            }
        } catch (IOException e) {
            throw new NotSent("webhook " + channel.getDisplayTarget() + " failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSent("interrupted while posting to " + channel.getDisplayTarget(), e);
        }
    }

    /** One connection per notification: alerts are rare, and a SIEM may close an idle connection. */
    private void syslog(NotificationChannel channel, String action, Alert alert) throws NotSent {
        URI target = URI.create(channel.getTarget());
        SiemDestination.Transport transport = SiemDestination.Transport.valueOf(target.getScheme().toUpperCase(Locale.ROOT));
        String host = target.getHost().startsWith("[") ? target.getHost().substring(1, target.getHost().length() - 1) : target.getHost();
        try (SyslogConnection connection = new SyslogConnection(host, target.getPort(), transport)) {
            connection.send(List.of(CefRecord.alertMessage(action, alert, CefRecord.LOCAL_HOST)), scheduler);
        } catch (IOException e) {
            throw new NotSent("syslog to " + channel.getTarget() + " failed: " + e.getMessage(), e);
        }
    }

    /** The webhook's body: the event and the alert as the REST API shows it. */
    static String json(String action, Alert alert) {
        JsonObjectBuilder view = Json.createObjectBuilder()
                .add("id", alert.getId())
                .add("rule", alert.getRule().name())
                .add("title", alert.getRule().title())
                .add("severity", alert.getSeverity().name())
                .add("technique", alert.getTechnique())
                .add("summary", alert.getSummary())
                .add("firstSeen", alert.getFirstSeen().toString())
                .add("lastSeen", alert.getLastSeen().toString())
                .add("count", alert.getCount())
                .add("status", alert.getStatus().name());
        addIfPresent(view, "user", alert.getUser());
        addIfPresent(view, "address", alert.getAddress());
        addIfPresent(view, "host", alert.getHost());
        return Json.createObjectBuilder().add("event", action).add("alert", view).build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
