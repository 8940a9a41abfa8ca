package org.waymark.web.authoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.access.control.AccessControl;
import org.waymark.access.entity.Permission;
import org.waymark.authoring.boundary.Elements;
import org.waymark.authoring.boundary.Systems;
import org.waymark.authoring.control.ElementDescriptor;
import org.waymark.authoring.control.UrlPattern;
import org.waymark.authoring.entity.CapturedElement;
import org.waymark.authoring.entity.LibraryElement;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;
import org.waymark.web.faces.Flash;

/**
 * Element capture on a page of the Editor (WEB-INF/templates/capture-panel.xhtml): starts a
 * capture and offers the link that opens the system's page in capture mode; shows the author's
 * inbox, which a push refreshes whenever an element arrives; files elements in the library.
 * The system comes from the page's address (?system=…).
 */
@Named
@ViewScoped
public class CaptureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Elements elements;

    @Inject
    transient Systems systems;

    @Inject
    transient Flash flash;

    @Inject
    transient AccessControl access;

    private String system;
    private boolean mayEdit;
    private String pageUrl;
    private String captureLink;
    /** Read again after each change and push; not kept with the view. */
    private transient List<InboxEntry> inbox;
    private transient List<LibraryElement> library;
    private transient Map<Long, ElementDescriptor> descriptors;
    /** The name typed for each captured element, by its id. */
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, String> libraryNames = new HashMap<>();

    @PostConstruct
    void forSystemOfTheAddress() {
        system = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("system");
        if (system != null) {
            TargetSystem target = systems.get(system);
            mayEdit = access.callerMay(Permission.CONTENT_EDIT, target.getId());
            // a pattern without wildcards is a page already; otherwise the author names one
            pageUrl = target.getUrlPatterns().stream().filter(p -> !p.contains("*") && !p.startsWith(UrlPattern.REGEX_PREFIX))
                    .findFirst().orElse(null);
        }
    }

    /** A new token, and the page's address with it in the fragment (never sent to the page's server). */
    public void start() {
        if (pageUrl == null || pageUrl.isBlank()) {
            throw Refusal.invalid(List.of("capturePage: the address of a page of the system to capture on."));
        }
        captureLink = elements.startCapture(system, pageUrl).pageUrl();
    }

    /** Called by the push: an element arrived. */
    public void refresh() {
        inbox = null;
    }

    public void file(long capturedId) {
        fileInLibrary(capturedId);
    }

    /**
     * Files a captured element under the name typed for it, or one taken from what it shows when
     * none was typed: a step or tip then names it in the library, where its whole descriptor stays.
     */
    LibraryElement fileInLibrary(long capturedId) {
        LibraryElement filed = elements.fileCaptured(system, capturedId, names.get(capturedId));
        names.remove(capturedId);
        inbox = null;
        library = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(flash.text("authoring.capture.filed", filed.getName())));
        return filed;
    }

    /** What the library element's descriptor says, for the library's list and the element pickers' warning. */
    public ElementDescriptor describe(LibraryElement element) {
        if (descriptors == null) {
            descriptors = new HashMap<>();
        }
        return descriptors.computeIfAbsent(element.getId(), id -> ElementDescriptor.parse(element.getDescriptor()));
    }

    /** The landmarks around the element, innermost first: "form, main". */
    public String landmarksOf(ElementDescriptor descriptor) {
        return String.join(", ", descriptor.landmarks());
    }

    /** The match count the library element was captured with; null when it is not in the library. */
    Integer matchCountOf(long elementId) {
        return getLibrary().stream().filter(element -> element.getId() == elementId).findFirst()
                .map(element -> describe(element).matchCount()).orElse(null);
    }

    /** The library's names as typed in the list, by element id: each starts as the stored one. */
    public Map<Long, String> getLibraryNames() {
        getLibrary().forEach(element -> libraryNames.putIfAbsent(element.getId(), element.getName()));
        return libraryNames;
    }

    public void rename(long elementId) {
        LibraryElement renamed = elements.rename(system, elementId, libraryNames.get(elementId));
        library = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(flash.text("authoring.elements.renamed", renamed.getName())));
    }

    public void remove(long elementId) {
        elements.remove(system, elementId);
        libraryNames.remove(elementId);
        library = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(flash.text("authoring.elements.removed")));
    }

    public void discard(long capturedId) {
        elements.discardCaptured(system, capturedId);
        names.remove(capturedId);
        inbox = null;
    }

    /** A captured element with what its descriptor says, for the inbox's list. */
    public record InboxEntry(CapturedElement captured, ElementDescriptor descriptor) {
    }

    public List<InboxEntry> getInbox() {
        if (inbox == null && system != null && mayEdit) {
            inbox = elements.inbox(system).stream().map(c -> new InboxEntry(c, ElementDescriptor.parse(c.getDescriptor()))).toList();
        }
        return inbox == null ? List.of() : inbox;
    }

    public List<LibraryElement> getLibrary() {
        if (library == null && system != null) {
            library = elements.library(system);
        }
        return library == null ? List.of() : library;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public String getPageUrl() {
        return pageUrl;
    }

    public void setPageUrl(String pageUrl) {
        this.pageUrl = pageUrl;
    }

    public String getCaptureLink() {
        return captureLink;
    }

    /** Capturing and filing take CONTENT_EDIT in the system; the library shows to CONTENT_VIEW. */
    public boolean isMayEdit() {
        return mayEdit;
    }

    public String getSystem() {
        return system;
    }
}
