package org.waymark.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.waymark.common.boundary.Refusal;
import org.waymark.identity.entity.Role;
import org.waymark.identity.entity.UserAccount;

/** Users and roles by the names people type; a name that matches nothing is a refusal with that name. */
@ApplicationScoped
public class Directory {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> findUser(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username == null ? "" : username.strip())
                .getResultStream()
                .findFirst();
    }

    public UserAccount user(String username) {
        return findUser(username).orElseThrow(() -> Refusal.notFound("There is no user " + username + "."));
    }

    public Optional<Role> findRole(String code) {
        return em.createNamedQuery(Role.BY_CODE, Role.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream()
                .findFirst();
    }

    /**
     * The Administrator role, locked until the transaction ends: whoever would take away an
     * administrator counts the remaining ones under this lock, so two of them cannot each remove
     * the other.
     */
    public Role lockAdministratorRole() {
        return em.createNamedQuery(Role.BY_CODE, Role.class)
                .setParameter("code", Role.ADMINISTRATOR)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    public Role role(String code) {
        return findRole(code).orElseThrow(() -> Refusal.notFound("There is no role " + code + "."));
    }
}
