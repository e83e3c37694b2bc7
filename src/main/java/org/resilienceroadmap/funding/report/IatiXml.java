package org.resilienceroadmap.funding.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX with the habits an IATI file needs: an attribute given no value is left out rather than written
 * empty, text loses characters XML 1.0 forbids (a stray control character pasted into a title would
 * otherwise make the whole file unreadable), and elements are indented so that a person can read the file.
 * Not thread-safe: one instance writes one document.
 */
final class IatiXml {

    private static final Pattern NOT_XML_10 =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final XMLStreamWriter out;
    /** Per open element: whether it has child elements yet, so its end tag goes on a line of its own. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    IatiXml(OutputStream target) {
        try {
            out = XMLOutputFactory.newFactory().createXMLStreamWriter(target, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    IatiXml start(String name) {
        step(() -> {
            newChild();
            out.writeStartElement(name);
        });
        open.push(false);
        return this;
    }

    /** An element without content; chain {@link #attr} to give it attributes. */
    IatiXml leaf(String name) {
        return step(() -> {
            newChild();
            out.writeEmptyElement(name);
        });
    }

    IatiXml attr(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return this;
        }
        return step(() -> out.writeAttribute(name, clean(value.toString())));
    }

    IatiXml lang(String code) {
        return step(() -> out.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", code));
    }

    IatiXml end() {
        boolean hadChildren = open.pop();
        return step(() -> {
            if (hadChildren) {
                out.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            out.writeEndElement();
        });
    }

    /** {@code <name><narrative>text</narrative></name>}; IATI's way of holding text that may be translated. */
    IatiXml textElement(String name, String text) {
        return start(name).narrative(text).end();
    }

    IatiXml narrative(String text) {
        return start("narrative").text(text).end();
    }

    /** Text content; the element's end tag then follows on the same line. */
    IatiXml text(String text) {
        return step(() -> out.writeCharacters(clean(text)));
    }

    /** An amount in IATI's currency type: the value-date is the day whose exchange rate converts it. */
    IatiXml value(BigDecimal amount, String currency, LocalDate valueDate) {
        return start("value")
                .attr("currency", currency)
                .attr("value-date", valueDate)
                .text(decimal(amount))
                .end();
    }

    void finish() {
        step(() -> {
            out.writeCharacters("\n");
            out.writeEndDocument();
            out.close();
        });
    }

    /** Plain decimal notation: XML Schema's decimal has no exponent, and trailing zeros say nothing. */
    static String decimal(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private void newChild() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        out.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    private static String clean(String text) {
        return NOT_XML_10.matcher(text).replaceAll("");
    }

    private IatiXml step(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("Could not write the IATI XML", e);
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
