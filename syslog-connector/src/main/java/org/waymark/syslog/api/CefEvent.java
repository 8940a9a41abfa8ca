package org.waymark.syslog.api;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An ArcSight CEF record (version 0 or 1), header and extension unescaped.
 *
 * @param severity  0–10, or -1 for "Unknown"; the words Low, Medium, High and Very-High map to 3, 6, 8 and 10
 * @param extension keys in their order of appearance
 */
public record CefEvent(int version, String deviceVendor, String deviceProduct, String deviceVersion, String signatureId, String name,
                       int severity, Map<String, String> extension) implements Serializable {

    public CefEvent {
        Objects.requireNonNull(extension, "extension");
        extension = Collections.unmodifiableMap(new LinkedHashMap<>(extension));
    }

    public String get(String key) {
        return extension.get(key);
    }
}
