package org.waymark.configuration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final String VARIABLE = "DAP_SETTINGS_TEST_VALUE";

    @AfterEach
    void clear() {
        System.clearProperty("dap.settings.test.value");
    }

    @Test
    void aSettingWithoutEnvironmentVariableComesFromTheSystemPropertyOfTheSameName() {
        System.setProperty("dap.settings.test.value", "from-property");

        assertEquals(Optional.of("from-property"), new Settings().get(VARIABLE));
    }

    @Test
    void aBlankSettingCountsAsUnset() {
        System.setProperty("dap.settings.test.value", "  ");

        assertTrue(new Settings().get(VARIABLE).isEmpty());
    }

    @Test
    void aSwitchIsTrueOrFalseAndNothingElse() {
        assertTrue(new Settings().getBoolean(VARIABLE, true), "unset: the default");
        System.setProperty("dap.settings.test.value", " FALSE ");
        assertFalse(new Settings().getBoolean(VARIABLE, true));
        System.setProperty("dap.settings.test.value", "no");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new Settings().getBoolean(VARIABLE, true));
        assertEquals(VARIABLE + " must be true or false, not 'no'", refused.getMessage());
    }
}
