package org.waymark.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.waymark.access.boundary.Roles;
import org.waymark.audit.boundary.SiemDestinations;
import org.waymark.audit.entity.SiemDestination;
import org.waymark.identity.boundary.SecondFactor;
import org.waymark.identity.entity.Role;
import org.waymark.identity.entity.SecondFactorPolicy;
import org.waymark.web.faces.Flash;

/** admin/security.xhtml: where the audit trail goes (SIEM destinations) and which roles need a second factor. */
@Named
@RequestScoped
public class SecurityBacking {

    @Inject
    SiemDestinations destinations;

    @Inject
    Roles roles;

    @Inject
    SecondFactor secondFactor;

    @Inject
    Flash flash;

    private List<SiemDestinations.Status> list;
    private String name;
    private String host;
    private Integer port = 6514;
    private SiemDestination.Transport transport = SiemDestination.Transport.TLS;
    private SiemDestination.Payload payload = SiemDestination.Payload.CEF;
    private boolean wholeTrail;
    private String resetUsername;

    public List<SiemDestinations.Status> getDestinations() {
        if (list == null) {
            list = destinations.list();
        }
        return list;
    }

    public List<Role> getRoles() {
        return roles.list();
    }

    public SiemDestination.Transport[] getTransports() {
        return SiemDestination.Transport.values();
    }

    public SiemDestination.Payload[] getPayloads() {
        return SiemDestination.Payload.values();
    }

    public SecondFactorPolicy[] getPolicies() {
        return SecondFactorPolicy.values();
    }

    public String add() {
        SiemDestination added = destinations.add(name, host, port == null ? 0 : port, transport, payload, wholeTrail);
        return flash.redirect("admin.security.added", added.getName());
    }

    public String enable(long id, boolean enabled) {
        destinations.setEnabled(id, enabled);
        return flash.redirect("admin.security.saved");
    }

    public String remove(long id) {
        destinations.remove(id);
        return flash.redirect("admin.security.saved");
    }

    public String setPolicy(String roleCode, SecondFactorPolicy policy) {
        roles.setSecondFactorPolicy(roleCode, policy);
        return flash.redirect("admin.security.saved");
    }

    public String resetSecondFactor() {
        secondFactor.reset(resetUsername);
        return flash.redirect("admin.security.reset.done", resetUsername);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public SiemDestination.Transport getTransport() {
        return transport;
    }

    public void setTransport(SiemDestination.Transport transport) {
        this.transport = transport;
    }

    public SiemDestination.Payload getPayload() {
        return payload;
    }

    public void setPayload(SiemDestination.Payload payload) {
        this.payload = payload;
    }

    public boolean isWholeTrail() {
        return wholeTrail;
    }

    public void setWholeTrail(boolean wholeTrail) {
        this.wholeTrail = wholeTrail;
    }

    public String getResetUsername() {
        return resetUsername;
    }

    public void setResetUsername(String resetUsername) {
        this.resetUsername = resetUsername;
    }
}
