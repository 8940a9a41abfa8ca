package org.waymark.syslog.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.resource.spi.InvalidPropertyException;
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
