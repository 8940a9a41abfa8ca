package org.waymark.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An address a user signed in from, first and last: the baseline of the unknown-address rule. */
@Entity
@Table(name = "login_address")
@IdClass(LoginAddress.Key.class)
@NamedQuery(name = LoginAddress.COUNT_OF_USER, query = "select count(a) from LoginAddress a where a.user = :user")
public class LoginAddress {

    public static final String COUNT_OF_USER = "LoginAddress.countOfUser";

    /** The composite primary key (a class, not a record: JPA fills it field by field). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String user;
        private String address;

        public Key() {
            // for JPA
        }

        public Key(String user, String address) {
            this.user = user;
            this.address = address;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(user, key.user) && Objects.equals(address, key.address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(user, address);
        }
    }

    @Id
    @Column(name = "user_name", length = 255)
    private String user;

    @Id
    @Column(length = 45)
    private String address;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected LoginAddress() {
        // for JPA
    }

    public LoginAddress(String user, String address, Instant seen) {
        this.user = Objects.requireNonNull(user, "user");
        this.address = Objects.requireNonNull(address, "address");
        this.firstSeen = seen;
        this.lastSeen = seen;
    }

    /** Sources deliver late and out of order: only a later sign-in moves the last one. */
    public void seen(Instant at) {
        if (at.isAfter(lastSeen)) {
            lastSeen = at;
        }
    }

    public Instant getLastSeen() {
        return lastSeen;
    }
}
