package org.waymark.syslog.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.util.List;
import java.util.Locale;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import org.waymark.syslog.api.Networks;

/**
 * What one message-driven bean listens to: the properties of its {@code activation-config}.
 * The port may come from an environment variable ({@code portVariable}) so that operators set it
 * the same way on every server, without editing deployment descriptors.
 */
public class SyslogActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;
    private String protocol = "udp";
    private String bindAddress = "0.0.0.0";
    private Integer port;
    private String portVariable;
    private Integer maxMessageSize = 64 * 1024;
    /** Each connection holds one container thread while it is open. */
    private Integer maxConnections = 64;
    private String maxConnectionsVariable;
    private Integer idleTimeoutSeconds = 600;
    private String idleTimeoutVariable;
    private String timeZone = "UTC";
    private String timeZoneVariable;
    private String allowedNetworks = "";
    private String allowedNetworksVariable;
    /** TLS: a PKCS#12 key store with this listener's certificate and key, and its password. */
    private String keyStoreVariable;
    private String keyStorePasswordVariable;
    /** TLS, optional: a PKCS#12 trust store; when given, clients must present a certificate it trusts. */
    private String trustStoreVariable;
    private String trustStorePasswordVariable;

    /** The port to bind: the environment variable when it is set, else {@code port}. */
    int effectivePort(Map<String, String> environment) throws InvalidPropertyException {
        String fromEnvironment = portVariable == null ? null : environment.get(portVariable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            try {
                return checkedPort(Integer.parseInt(fromEnvironment.trim()), portVariable);
            } catch (NumberFormatException e) {
                throw new InvalidPropertyException(portVariable + " must be a port number, not '" + fromEnvironment + "'");
            }
        }
        if (port == null) {
            throw new InvalidPropertyException("the activation spec names no port");
        }
        return checkedPort(port, "port");
    }

    /**
     * The zone that completes RFC 3164 timestamps, which have none: the environment variable
     * when it is set, else {@code timeZone}.
     */
    ZoneId effectiveTimeZone(Map<String, String> environment) throws InvalidPropertyException {
        String fromEnvironment = timeZoneVariable == null ? null : environment.get(timeZoneVariable);
        boolean fromVariable = fromEnvironment != null && !fromEnvironment.isBlank();
        String value = fromVariable ? fromEnvironment.strip() : timeZone;
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new InvalidPropertyException((fromVariable ? timeZoneVariable : "timeZone") + " must be a time zone such as UTC or "
                    + "Europe/Zurich, not '" + value + "'");
        }
    }

    /** The networks to take syslog from: the environment variable when it is set, else {@code allowedNetworks}; none: all. */
    Networks effectiveAllowedNetworks(Map<String, String> environment) throws InvalidPropertyException {
        String fromEnvironment = allowedNetworksVariable == null ? null : environment.get(allowedNetworksVariable);
        boolean fromVariable = fromEnvironment != null && !fromEnvironment.isBlank();
        try {
            return Networks.parse(fromVariable ? fromEnvironment : allowedNetworks);
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertyException((fromVariable ? allowedNetworksVariable : "allowedNetworks") + ": " + e.getMessage());
        }
    }

    /**
     * The TLS identity from the environment, or null when the key store variable is not set (the
     * TLS listener then stays off).
     */
    TlsSettings effectiveTls(Map<String, String> environment) throws InvalidPropertyException {
        String keyStore = value(environment, keyStoreVariable);
        if (keyStore == null) {
            return null;
        }
        String keyStorePassword = value(environment, keyStorePasswordVariable);
        if (keyStorePassword == null) {
            throw new InvalidPropertyException(keyStorePasswordVariable + " must hold the password of " + keyStoreVariable);
        }
        String trustStore = value(environment, trustStoreVariable);
        String trustStorePassword = value(environment, trustStorePasswordVariable);
        if (trustStore != null && trustStorePassword == null) {
            throw new InvalidPropertyException(trustStorePasswordVariable + " must hold the password of " + trustStoreVariable);
        }
        return new TlsSettings(keyStoreVariable, keyStore, keyStorePassword.toCharArray(), trustStoreVariable, trustStore,
                trustStorePassword == null ? null : trustStorePassword.toCharArray());
    }

    /** The most connections at once: the environment variable when it is set, else {@code maxConnections}. */
    int effectiveMaxConnections(Map<String, String> environment) throws InvalidPropertyException {
        return positive(environment, maxConnectionsVariable, maxConnections, "maxConnections");
    }

    /** Seconds a connection may stay silent: the environment variable when it is set, else {@code idleTimeoutSeconds}. */
    int effectiveIdleTimeoutSeconds(Map<String, String> environment) throws InvalidPropertyException {
        return positive(environment, idleTimeoutVariable, idleTimeoutSeconds, "idleTimeoutSeconds");
    }

    private static int positive(Map<String, String> environment, String variable, int value, String name) throws InvalidPropertyException {
        String fromEnvironment = value(environment, variable);
        int effective;
        try {
            effective = fromEnvironment == null ? value : Integer.parseInt(fromEnvironment);
        } catch (NumberFormatException e) {
            throw new InvalidPropertyException(variable + " must be a whole number, not '" + fromEnvironment + "'");
        }
        if (effective < 1) {
            throw new InvalidPropertyException((fromEnvironment == null ? name : variable) + " must be positive, not " + effective);
        }
        return effective;
    }

    private static String value(Map<String, String> environment, String variable) {
        String value = variable == null ? null : environment.get(variable);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int checkedPort(int value, String name) throws InvalidPropertyException {
        if (value < 1 || value > 65535) {
            throw new InvalidPropertyException(name + " must be between 1 and 65535, not " + value);
        }
        return value;
    }

    @Override
    public void validate() throws InvalidPropertyException {
        if (!List.of("udp", "tcp", "tls", "relp").contains(protocol)) {
            throw new InvalidPropertyException("protocol must be udp, tcp, tls or relp, not '" + protocol + "'");
        }
        if ("tls".equals(protocol) && (keyStoreVariable == null || keyStorePasswordVariable == null)) {
            throw new InvalidPropertyException("a tls listener names keyStoreVariable and keyStorePasswordVariable");
        }
        if (maxMessageSize < 480 || maxMessageSize > 1024 * 1024) {
            // RFC 5426 requires receivers to accept 480 octets.
            throw new InvalidPropertyException("maxMessageSize must be between 480 and 1048576, not " + maxMessageSize);
        }
        effectiveMaxConnections(System.getenv());
        effectiveIdleTimeoutSeconds(System.getenv());
        effectivePort(System.getenv());
        effectiveTimeZone(System.getenv());
        effectiveAllowedNetworks(System.getenv());
        if ("tls".equals(protocol)) {
            effectiveTls(System.getenv());
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) throws ResourceException {
        this.resourceAdapter = resourceAdapter;
    }

    public String getProtocol() {
        return protocol;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol == null ? null : protocol.trim().toLowerCase(Locale.ROOT);
    }

    public String getBindAddress() {
        return bindAddress;
    }

    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getPortVariable() {
        return portVariable;
    }

    public void setPortVariable(String portVariable) {
        this.portVariable = portVariable;
    }

    public String getMaxConnectionsVariable() {
        return maxConnectionsVariable;
    }

    public void setMaxConnectionsVariable(String maxConnectionsVariable) {
        this.maxConnectionsVariable = maxConnectionsVariable;
    }

    public String getIdleTimeoutVariable() {
        return idleTimeoutVariable;
    }

    public void setIdleTimeoutVariable(String idleTimeoutVariable) {
        this.idleTimeoutVariable = idleTimeoutVariable;
    }

    public Integer getMaxMessageSize() {
        return maxMessageSize;
    }

    public void setMaxMessageSize(Integer maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getTimeZoneVariable() {
        return timeZoneVariable;
    }

    public void setTimeZoneVariable(String timeZoneVariable) {
        this.timeZoneVariable = timeZoneVariable;
    }

    public String getAllowedNetworks() {
        return allowedNetworks;
    }

    public void setAllowedNetworks(String allowedNetworks) {
        this.allowedNetworks = allowedNetworks;
    }

    public String getAllowedNetworksVariable() {
        return allowedNetworksVariable;
    }

    public void setAllowedNetworksVariable(String allowedNetworksVariable) {
        this.allowedNetworksVariable = allowedNetworksVariable;
    }

    public Integer getIdleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }

    public void setIdleTimeoutSeconds(Integer idleTimeoutSeconds) {
        this.idleTimeoutSeconds = idleTimeoutSeconds;
    }

    public String getKeyStoreVariable() {
        return keyStoreVariable;
    }

    public void setKeyStoreVariable(String keyStoreVariable) {
        this.keyStoreVariable = keyStoreVariable;
    }

    public String getKeyStorePasswordVariable() {
        return keyStorePasswordVariable;
    }

    public void setKeyStorePasswordVariable(String keyStorePasswordVariable) {
        this.keyStorePasswordVariable = keyStorePasswordVariable;
    }

    public String getTrustStoreVariable() {
        return trustStoreVariable;
    }

    public void setTrustStoreVariable(String trustStoreVariable) {
        this.trustStoreVariable = trustStoreVariable;
    }

    public String getTrustStorePasswordVariable() {
        return trustStorePasswordVariable;
    }

    public void setTrustStorePasswordVariable(String trustStorePasswordVariable) {
        this.trustStorePasswordVariable = trustStorePasswordVariable;
    }
}
