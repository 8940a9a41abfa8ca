package org.waymark.alerting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.alerting.entity.RuleSettings;

/**
 * The rules as they run on this node, re-read from the database every few seconds: an analyst's
 * change on any node of a cluster reaches every node that quickly, and a stream of events costs
 * no query each.
 */
@ApplicationScoped
public class RuleBook {

    private static final Logger LOG = Logger.getLogger(RuleBook.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext
    EntityManager em;

    Refreshed<Map<DetectionRule, RuleConfig>> rules = new Refreshed<>(this::read);

    public Map<DetectionRule, RuleConfig> current() {
        return rules.get();
    }

    /** Rules that never change and never touch a database: for tests of what runs on top. */
    static RuleBook fixed(Map<DetectionRule, RuleConfig> rules) {
        RuleBook book = new RuleBook();
        book.rules = Refreshed.fixed(Map.copyOf(rules));
        return book;
    }

    /** After a change on this node: the next event sees it. */
    public void changed() {
        rules.invalidate(transactions);
    }

    private Map<DetectionRule, RuleConfig> read() {
        Map<DetectionRule, RuleConfig> read = new EnumMap<>(DetectionRule.class);
        for (DetectionRule rule : DetectionRule.values()) {
            read.put(rule, RuleConfig.defaults(rule));
        }
        for (RuleSettings settings : em.createNamedQuery(RuleSettings.ALL, RuleSettings.class).getResultList()) {
            try {
                read.put(settings.getRule(), RuleConfig.of(settings));
            } catch (IllegalArgumentException e) {
                // stored values were checked when saved; a later version may read them more strictly
                LOG.log(Level.WARNING, "Rule " + settings.getRule() + " runs with its defaults: " + e.getMessage());
            }
        }
        return Map.copyOf(read);
    }
}
