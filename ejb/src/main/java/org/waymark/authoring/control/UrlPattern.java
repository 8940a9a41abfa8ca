package org.waymark.authoring.control;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.waymark.common.control.BudgetedText;

/**
 * Which pages belong to a system: a glob over the whole URL, or a regular expression after
 * {@code regex:}. In a glob, {@code *} stands for any run of characters; before the path (scheme,
 * host, port) it stops at {@code / ? # @ \}, where a browser ends the host, so
 * {@code https://*.example.com/*} cannot match a page on another host that merely mentions
 * example.com later in its address. A URL's fragment never counts.
 * Written by hand: a URL glob with this one rule is a few lines, and the libraries' globs are for
 * file paths.
 */
public final class UrlPattern {

    public static final String REGEX_PREFIX = "regex:";
    /** Character reads one match may make: plenty for a URL, and a stop for an expression that backtracks without end. */
    private static final long BUDGET = 200_000;

    private final String text;
    private final Pattern pattern;

    private UrlPattern(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException with a reason for the author, when the text is no pattern */
    public static UrlPattern parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A URL pattern cannot be empty.");
        }
        String pattern = text.strip();
        if (pattern.startsWith(REGEX_PREFIX)) {
            try {
                return new UrlPattern(pattern, Pattern.compile(pattern.substring(REGEX_PREFIX.length())));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("The regular expression " + pattern + " is broken: " + e.getDescription() + ".");
            }
        }
        int schemeEnd = pattern.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : pattern.substring(0, schemeEnd);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("*")) {
            throw new IllegalArgumentException("The URL pattern " + pattern + " starts with http://, https:// or *:// (or regex: for a "
                    + "regular expression).");
        }
        int pathStart = pattern.indexOf('/', schemeEnd + 3);
        String authority = pathStart < 0 ? pattern.substring(schemeEnd + 3) : pattern.substring(schemeEnd + 3, pathStart);
        if (authority.isEmpty() || authority.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("The URL pattern " + pattern + " names no host.");
        }
        String path = pathStart < 0 ? "/*" : pattern.substring(pathStart);
        String regex = (scheme.equals("*") ? "https?" : Pattern.quote(scheme)) + Pattern.quote("://")
                + glob(authority, "[^/?#@\\\\]*") + glob(path, ".*");
        return new UrlPattern(pattern, Pattern.compile(regex, Pattern.DOTALL));
    }

    private static String glob(String part, String star) {
        StringBuilder regex = new StringBuilder();
        int from = 0;
        for (int at = part.indexOf('*'); at >= 0; at = part.indexOf('*', from)) {
            if (at > from) {
                regex.append(Pattern.quote(part.substring(from, at)));
            }
            regex.append(star);
            from = at + 1;
        }
        if (from < part.length()) {
            regex.append(Pattern.quote(part.substring(from)));
        }
        return regex.toString();
    }

    /**
     * @return whether the page at {@code url} belongs here (a glob must match the whole URL, an
     *         expression anywhere in it, as in JavaScript)
     * @throws BudgetedText.TooSlow when an expression backtracks without end on this URL
     */
    public boolean matches(String url) {
        int fragment = url.indexOf('#');
        CharSequence page = new BudgetedText(fragment < 0 ? url : url.substring(0, fragment), BUDGET);
        return text.startsWith(REGEX_PREFIX) ? pattern.matcher(page).find() : pattern.matcher(page).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
