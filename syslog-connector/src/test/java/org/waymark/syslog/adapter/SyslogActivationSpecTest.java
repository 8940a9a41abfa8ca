package org.waymark.syslog.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.InvalidPropertyException;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyslogActivationSpecTest {

    @Test
    void theEnvironmentVariableWinsOverTheDescriptorPort() throws InvalidPropertyException {
        SyslogActivationSpec spec = spec();

        assertEquals(15514, spec.effectivePort(Map.of("DAP_SYSLOG_TCP_PORT", "15514")));
        assertEquals(5514, spec.effectivePort(Map.of()));
    }

    @Test
    void aPortThatIsNoNumberIsRefusedWithItsName() {
        SyslogActivationSpec spec = spec();

        InvalidPropertyException refused = assertThrows(InvalidPropertyException.class,
                () -> spec.effectivePort(Map.of("DAP_SYSLOG_TCP_PORT", "syslog")));
        assertEquals("DAP_SYSLOG_TCP_PORT must be a port number, not 'syslog'", refused.getMessage());
    }

    @Test
    void theTimeZoneOfRfc3164ComesFromTheEnvironmentOrTheDescriptorAndIsChecked() throws InvalidPropertyException {
        SyslogActivationSpec spec = spec();
        spec.setTimeZoneVariable("DAP_SYSLOG_TIME_ZONE");

        assertEquals(ZoneId.of("UTC"), spec.effectiveTimeZone(Map.of()));
        assertEquals(ZoneId.of("Europe/Zurich"), spec.effectiveTimeZone(Map.of("DAP_SYSLOG_TIME_ZONE", "Europe/Zurich")));
        InvalidPropertyException refused = assertThrows(InvalidPropertyException.class,
                () -> spec.effectiveTimeZone(Map.of("DAP_SYSLOG_TIME_ZONE", "Mars/Olympus")));
        assertEquals("DAP_SYSLOG_TIME_ZONE must be a time zone such as UTC or Europe/Zurich, not 'Mars/Olympus'", refused.getMessage());
    }

    @Test
    void aWrongAllowedNetworkIsRefusedWithTheVariableThatNamesIt() {
        SyslogActivationSpec spec = spec();
        spec.setAllowedNetworksVariable("DAP_SYSLOG_ALLOWED_NETWORKS");

        InvalidPropertyException refused = assertThrows(InvalidPropertyException.class,
                () -> spec.effectiveAllowedNetworks(Map.of("DAP_SYSLOG_ALLOWED_NETWORKS", "10.0.0.0/8,lan")));
        assertEquals("DAP_SYSLOG_ALLOWED_NETWORKS: 'lan' is not a network such as 10.0.0.0/8 or 2001:db8::/32", refused.getMessage());
    }

    @Test
    void theConnectionLimitAndIdleTimeoutComeFromTheEnvironmentOrTheDescriptorAndArePositive() throws InvalidPropertyException {
        SyslogActivationSpec spec = new SyslogActivationSpec();
        spec.setMaxConnectionsVariable("DAP_SYSLOG_MAX_CONNECTIONS");
        spec.setIdleTimeoutVariable("DAP_SYSLOG_IDLE_TIMEOUT_SECONDS");
        assertEquals(64, spec.effectiveMaxConnections(Map.of()));
        assertEquals(600, spec.effectiveIdleTimeoutSeconds(Map.of()));
        assertEquals(200, spec.effectiveMaxConnections(Map.of("DAP_SYSLOG_MAX_CONNECTIONS", "200")));
        assertEquals(30, spec.effectiveIdleTimeoutSeconds(Map.of("DAP_SYSLOG_IDLE_TIMEOUT_SECONDS", " 30 ")));

        InvalidPropertyException zero = assertThrows(InvalidPropertyException.class,
                () -> spec.effectiveMaxConnections(Map.of("DAP_SYSLOG_MAX_CONNECTIONS", "0")));
        assertTrue(zero.getMessage().contains("DAP_SYSLOG_MAX_CONNECTIONS"), zero.getMessage());
        InvalidPropertyException word = assertThrows(InvalidPropertyException.class,
                () -> spec.effectiveIdleTimeoutSeconds(Map.of("DAP_SYSLOG_IDLE_TIMEOUT_SECONDS", "forever")));
        assertTrue(word.getMessage().contains("DAP_SYSLOG_IDLE_TIMEOUT_SECONDS"), word.getMessage());
    }

    @Test
    void anUnknownProtocolIsRefused() {
        SyslogActivationSpec spec = spec();
        spec.setProtocol("sctp");

        assertThrows(InvalidPropertyException.class, spec::validate);
    }

    private static SyslogActivationSpec spec() {
        SyslogActivationSpec spec = new SyslogActivationSpec();
        spec.setProtocol("TCP");
        spec.setPort(5514);
        spec.setPortVariable("DAP_SYSLOG_TCP_PORT");
        return spec;
    }
}
