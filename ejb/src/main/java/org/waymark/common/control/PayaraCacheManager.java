package org.waymark.common.control;

import java.util.Optional;
import javax.cache.CacheManager;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The JCache manager Payara binds in JNDI over its data grid: the one way in to the grid, for caches and topics. */
public final class PayaraCacheManager {

    private PayaraCacheManager() {
    }

    /** Empty on other servers. */
    public static Optional<CacheManager> lookup() {
        try {
            return InitialContext.doLookup("payara/CacheManager") instanceof CacheManager manager ? Optional.of(manager) : Optional.empty();
        } catch (NamingException notPayara) {
            return Optional.empty();
        }
    }
}
