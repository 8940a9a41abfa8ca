package org.waymark.access.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, for the audit trail. The web layer fills it before its
 * authentication mechanism runs, for every request; outside a web request it stays empty.
 */
@RequestScoped
public class RequestOrigin {

    private String address;
    private String userAgent;

    public void set(String address, String userAgent) {
        this.address = address;
        this.userAgent = userAgent;
    }

    public String address() {
        return address;
    }

    public String userAgent() {
        return userAgent;
    }
}
