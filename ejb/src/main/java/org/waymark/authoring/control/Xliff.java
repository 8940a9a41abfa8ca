package org.waymark.authoring.control;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.waymark.common.boundary.Refusal;

/**
 * XLIFF 2.0 documents of a system's texts, for translation agencies and their tools: one
 * {@code <file>} per item (id {@code item-<id>}), one {@code <unit>} per text (its text id), the
 * text as {@code <source>} and its translation, if any, as {@code <target>}. Rich texts travel as
 * their markup, escaped; the tags are the allowed subset in XML syntax.
 *
 * StAX rather than a data-binding library: the subset Waymark writes and reads is small, and a
 * streaming reader with DTDs and external entities off is the safe way to read what an agency
 * sends back.
 */
public final class Xliff {

    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String MEDIA_TYPE = "application/xliff+xml";

    /** One text: its id within the item, the source and the translation (null when there is none). */
    public record Unit(String id, String source, String target) {
    }

    /** One item's texts; {@code name} helps translators and is not read back. */
    public record File(String id, String name, List<Unit> units) {
    }

    public record Document(String sourceLanguage, String targetLanguage, List<File> files) {
    }

    private Xliff() {
    }

    public static String write(Document document) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", document.sourceLanguage());
            xml.writeAttribute("trgLang", document.targetLanguage());
            for (File file : document.files()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("id", file.id());
                xml.writeAttribute("original", file.name());
                for (Unit unit : file.units()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("unit");
                    xml.writeAttribute("id", unit.id());
                    // the texts' spaces and line ends are the author's: tools must keep them
                    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
                    xml.writeStartElement("segment");
                    text(xml, "source", unit.source());
                    if (unit.target() != null) {
                        text(xml, "target", unit.target());
                    }
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    /** @throws Refusal when the document is no well-formed XLIFF 2.0 of files, units and segments */
    public static Document read(String text) {
        try {
            XMLStreamReader xml = reader(text == null ? "" : text);
            xml.nextTag();
            if (!"xliff".equals(xml.getLocalName()) || !NAMESPACE.equals(xml.getNamespaceURI()) || !"2.0".equals(xml.getAttributeValue(null, "version"))) {
                throw Refusal.invalid("This is no XLIFF 2.0 document (<xliff xmlns=\"" + NAMESPACE + "\" version=\"2.0\">).");
            }
            String source = xml.getAttributeValue(null, "srcLang");
            String target = xml.getAttributeValue(null, "trgLang");
            if (target == null || target.isBlank()) {
                throw Refusal.invalid("The document names no target language (trgLang).");
            }
            List<File> files = new ArrayList<>();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                expect(xml, "file");
                String fileId = xml.getAttributeValue(null, "id");
                List<Unit> units = new ArrayList<>();
                while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if (!"unit".equals(xml.getLocalName())) {
                        skip(xml);
                        continue;
                    }
                    units.add(unit(xml));
                }
                files.add(new File(fileId, null, units));
            }
            return new Document(source, target, files);
        } catch (XMLStreamException e) {
            throw Refusal.invalid("The XLIFF document is not well-formed XML: " + e.getMessage());
        }
    }

    /**
     * Whether a text is a well-formed XML fragment, as every stored rich text is: what comes back
     * from a translation tool must be, or its markup broke on the way.
     */
    public static boolean isWellFormedFragment(String text) {
        try {
            XMLStreamReader xml = reader("<fragment>" + text + "</fragment>");
            while (xml.hasNext()) {
                xml.next();
            }
            return true;
        } catch (XMLStreamException e) {
            return false;
        }
    }

    /** What others send is read with DTDs and external entities off. */
    private static XMLStreamReader reader(String text) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.createXMLStreamReader(new StringReader(text));
    }

    private static Unit unit(XMLStreamReader xml) throws XMLStreamException {
        String id = xml.getAttributeValue(null, "id");
        String source = null;
        String target = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!"segment".equals(xml.getLocalName())) {
                skip(xml); // notes, original data: for the translators, not for Waymark
                continue;
            }
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "source" -> source = xml.getElementText();
                    case "target" -> target = xml.getElementText();
                    default -> skip(xml);
                }
            }
        }
        return new Unit(id, source, target);
    }

    private static void expect(XMLStreamReader xml, String name) {
        if (!name.equals(xml.getLocalName())) {
            throw Refusal.invalid("Expected <" + name + "> at line " + xml.getLocation().getLineNumber() + ", found <" + xml.getLocalName() + ">.");
        }
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
