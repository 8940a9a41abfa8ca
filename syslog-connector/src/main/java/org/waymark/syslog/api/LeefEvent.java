package org.waymark.syslog.api;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An IBM QRadar LEEF record (1.0 or 2.0): the header and its attributes in order. */
public record LeefEvent(String version, String vendor, String product, String productVersion, String eventId,
                        Map<String, String> attributes) implements Serializable {

    public LeefEvent {
        Objects.requireNonNull(attributes, "attributes");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public String get(String key) {
        return attributes.get(key);
    }
}
