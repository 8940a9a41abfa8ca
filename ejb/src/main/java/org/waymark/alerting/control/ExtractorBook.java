package org.waymark.alerting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.alerting.entity.CustomExtractor;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.SyslogMessage;
import org.waymark.common.control.BudgetedText;

/**
 * The analysts' extractors as they run on this node, compiled, re-read from the database every
 * few seconds like the rules. They see what the built-in extractors did not recognize.
 */
@ApplicationScoped
public class ExtractorBook {

    private static final Logger LOG = Logger.getLogger(ExtractorBook.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext
    EntityManager em;

    Refreshed<List<CustomPattern>> extractors = new Refreshed<>(this::read);
    private final LongAdder tooSlow = new LongAdder();

    public Optional<SecurityEvent> extract(SyslogMessage message) {
        List<CustomPattern> current = extractors.get();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        ParsedSyslog parsed = message.parsed();
        String host = parsed.hostname() != null ? parsed.hostname() : message.peerAddress();
        Instant time = parsed.timestamp() != null ? parsed.timestamp() : message.receivedAt();
        for (CustomPattern extractor : current) {
            try {
                Optional<SecurityEvent> event = extractor.extract(parsed.message(), time, host, parsed.appName(), message.text());
                if (event.isPresent()) {
                    return event;
                }
            } catch (BudgetedText.TooSlow e) {
                tooSlow.increment();
            }
        }
        return Optional.empty();
    }

    /** Lines an analyst's expression gave up on since start. */
    public long tooSlow() {
        return tooSlow.sum();
    }

    /** Extractors that never change and never touch a database: for tests of what runs on top. */
    static ExtractorBook fixed(List<CustomPattern> extractors) {
        ExtractorBook book = new ExtractorBook();
        book.extractors = Refreshed.fixed(List.copyOf(extractors));
        return book;
    }

    /** After a change on this node: the next message sees it. */
    public void changed() {
        extractors.invalidate(transactions);
    }

    private List<CustomPattern> read() {
        List<CustomPattern> read = new ArrayList<>();
        for (CustomExtractor extractor : em.createNamedQuery(CustomExtractor.ENABLED, CustomExtractor.class).getResultList()) {
            try {
                read.add(CustomPattern.compile(extractor.getPattern(), extractor.getEventType(), extractor.getOutcome(),
                        extractor.getApplication()));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Extractor " + extractor.getName() + " is skipped: " + e.getMessage());
            }
        }
        return List.copyOf(read);
    }
}
