package org.waymark.common.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request the service refuses, with a reason meant for the user who made it. Nothing the
 * request would have changed is kept. The web layer shows the reason next to the form; the REST
 * API answers with a problem+json body of the kind's status.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The input breaks a rule: 400. */
        INVALID(400),
        /** What was named does not exist: 404. */
        NOT_FOUND(404),
        /** The input is fine, but the current state does not allow it: 409. */
        CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final List<String> problems;

    public Refusal(Kind kind, String reason) {
        this(kind, List.of(Objects.requireNonNull(reason, "reason")));
    }

    private Refusal(Kind kind, List<String> problems) {
        super(String.join(" ", problems));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.problems = List.copyOf(problems);
    }

    /**
     * Several problems of one input at once, each starting with the path of the field it is about
     * ({@code steps[1].title: required.}), so that a form can show each next to its field.
     */
    public static Refusal invalid(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem to refuse for");
        }
        return new Refusal(Kind.INVALID, problems);
    }

    public static Refusal invalid(String reason) {
        return new Refusal(Kind.INVALID, reason);
    }

    /** The Bean Validation violations of an entity, as one reason naming each field. */
    public static Refusal invalid(Set<? extends ConstraintViolation<?>> violations) {
        return invalid(violations.stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .sorted()
                .collect(Collectors.joining("; ")) + ".");
    }

    public static Refusal notFound(String reason) {
        return new Refusal(Kind.NOT_FOUND, reason);
    }

    public static Refusal conflict(String reason) {
        return new Refusal(Kind.CONFLICT, reason);
    }

    /**
     * Writes pending inserts now. A name checked as free just before can still be taken by a request
     * that committed in between; the database's unique key then refuses the row, and the caller
     * gets the same conflict as when the check had seen it.
     */
    public static void flushUnlessTaken(EntityManager em, String conflict) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLIntegrityConstraintViolationException violation && isDuplicateKey(violation)) {
                    throw conflict(conflict);
                }
            }
            throw e;
        }
    }

    /** MySQL and MariaDB say 1062, H2 says SQL state 23505; other violations (a foreign key, a NULL) are no name taken. */
    private static boolean isDuplicateKey(SQLIntegrityConstraintViolationException violation) {
        return violation.getErrorCode() == 1062 || "23505".equals(violation.getSQLState());
    }

    public Kind kind() {
        return kind;
    }

    /** The reason, as one or more sentences; see {@link #invalid(List)}. */
    public List<String> problems() {
        return problems;
    }
}
