package org.waymark.web.authoring;

import java.io.Serializable;
import org.waymark.authoring.control.ItemDocument.ElementRef;

/** The fields of an element reference as a form edits them; an empty selector means none. */
public class ElementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long elementId;
    /** How many elements the selector matched when it was captured (the library keeps it); null when typed. */
    private Integer matchCount;
    private String selector;
    private String text;
    private boolean requireText;
    private boolean ignoreClasses;

    static ElementForm of(ElementRef ref) {
        ElementForm form = new ElementForm();
        if (ref != null) {
            form.elementId = ref.elementId();
            form.selector = ref.selector();
            form.text = ref.text();
            form.requireText = Boolean.TRUE.equals(ref.requireText());
            form.ignoreClasses = Boolean.TRUE.equals(ref.ignoreClasses());
        }
        return form;
    }

    /** @return null when no selector is given */
    ElementRef toRef() {
        return selector == null || selector.isBlank() ? null : new ElementRef(elementId, selector, text, requireText, ignoreClasses);
    }

    public Long getElementId() {
        return elementId;
    }

    public void setElementId(Long elementId) {
        this.elementId = elementId;
    }

    public Integer getMatchCount() {
        return matchCount;
    }

    public void setMatchCount(Integer matchCount) {
        this.matchCount = matchCount;
    }

    public String getSelector() {
        return selector;
    }

    public void setSelector(String selector) {
        this.selector = selector;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isRequireText() {
        return requireText;
    }

    public void setRequireText(boolean requireText) {
        this.requireText = requireText;
    }

    public boolean isIgnoreClasses() {
        return ignoreClasses;
    }

    public void setIgnoreClasses(boolean ignoreClasses) {
        this.ignoreClasses = ignoreClasses;
    }
}
