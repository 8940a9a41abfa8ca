package org.waymark.common.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The one check of what authors and pages give as a web address: http or https, with a host. */
public final class WebAddress {

    private WebAddress() {
    }

    /** @return the address, when the text is an http(s) URL with a host of at most {@code maxLength} characters */
    public static Optional<URI> http(String text, int maxLength) {
        if (text == null || text.length() > maxLength) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
