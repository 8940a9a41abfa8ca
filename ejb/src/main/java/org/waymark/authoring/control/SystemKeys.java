package org.waymark.authoring.control;

import jakarta.persistence.EntityManager;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;

/** The system a request names by its key, as every authoring service looks it up. */
public final class SystemKeys {

    private SystemKeys() {
    }

    /** @throws Refusal 404 when no system has the key */
    public static TargetSystem find(EntityManager em, String key) {
        return em.createNamedQuery(TargetSystem.BY_KEY, TargetSystem.class).setParameter("key", key).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("There is no system " + key + "."));
    }
}
