package org.waymark.authoring.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The small rich-text subset authors may use in bodies: bold, italic, links, lists, paragraphs and
 * line breaks. jsoup's cleaner parses the input as a browser would (so broken markup cannot smuggle
 * a tag past it) and keeps only what this allow-list names: no script, no event handler, no style,
 * links only to http(s) and mailto, each opened without access to the page that showed it.
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.none()
            .addTags("b", "strong", "i", "em", "a", "ul", "ol", "li", "p", "br")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    /**
     * Compact output in XML syntax ({@code <br />}), so that every stored text is also a well-formed
     * XML fragment (XLIFF carries it, and an import can tell broken markup from sound: {@link Xliff#isWellFormedFragment}); characters
     * as themselves except the few that markup needs escaped.
     */
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false)
            .syntax(Document.OutputSettings.Syntax.xml)
            .escapeMode(Entities.EscapeMode.xhtml)
            .charset("UTF-8");

    private RichText() {
    }

    /**
     * What is left of the text once everything outside the subset is gone; sanitizing that again
     * changes nothing. Line ends become \n, as XML (and so XLIFF) reads them back.
     */
    public static String sanitize(String html) {
        return Jsoup.clean(unixLineEnds(html), "", ALLOWED, OUTPUT).strip();
    }

    /** Every line end as \n, as XML reads them: texts typed into a browser's text area arrive with \r\n. */
    public static String unixLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The text a reader sees, without markup: for lengths, searches and "is it empty". */
    public static String visibleText(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
