package org.waymark.web.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.waymark.access.control.AccessControl;
import org.waymark.access.entity.Permission;
import org.waymark.authoring.boundary.Elements;
import org.waymark.authoring.boundary.ItemFilter;
import org.waymark.authoring.boundary.Items;
import org.waymark.authoring.control.ElementDescriptor;
import org.waymark.authoring.control.ItemDocument.Advance;
import org.waymark.authoring.control.ItemDocument.Frequency;
import org.waymark.authoring.control.ItemDocument.Placement;
import org.waymark.authoring.control.ItemDocument.StepKind;
import org.waymark.authoring.control.ItemDocument.TipStyle;
import org.waymark.authoring.control.ItemDocument.WhenMissing;
import org.waymark.authoring.control.RichText;
import org.waymark.authoring.entity.ContentItem;
import org.waymark.authoring.entity.LibraryElement;
import org.waymark.authoring.entity.ItemState;
import org.waymark.authoring.entity.ItemType;
import org.waymark.common.boundary.Refusal;
import org.waymark.web.faces.Flash;

/**
 * authoring/item.xhtml?system=…&id=… (or &type=… for a new one): the form of one item; for a
 * walk-thru, the designer with its step list (drag to reorder), the step editor and a preview of the
 * balloon. Saving writes a revision; submit, approve and reject move it through review; the
 * history lists the revisions with their changes and restores any of them. The service checks
 * every permission again.
 */
@Named
@ViewScoped
public class ItemBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern LISTED_PROBLEM = Pattern.compile("((?:display\\.)?(?:sections|urlPatterns|userAttributes)\\[\\d+\\][A-Za-z0-9_.\\[\\]]*): (.+)",
            Pattern.DOTALL);
    private static final Pattern LIST_INDEX = Pattern.compile("(sections|entries|urlPatterns|userAttributes)\\[(\\d+)\\]");
    private static final Map<String, String> LIST_NAMES = Map.of("sections", "section", "entries", "entry", "urlPatterns", "URL pattern",
            "userAttributes", "user attribute");
    private static final Pattern STEP_PROBLEM = Pattern.compile("steps\\[(\\d+)\\]((?:\\.[A-Za-z]+)*): (.+)", Pattern.DOTALL);
    /** A step's field, as the service names it, and the id of its input in the step editor. */
    private static final Map<String, String> STEP_FIELDS = Map.ofEntries(Map.entry(".title", "stepTitle"), Map.entry(".body", "stepBody"),
            Map.entry(".kind", "kind"), Map.entry(".element", "step_selector"), Map.entry(".element.selector", "step_selector"),
            Map.entry(".element.text", "step_text"), Map.entry(".element.requireText", "step_text"), Map.entry(".position", "position"),
            Map.entry(".whenMissing", "whenMissing"), Map.entry(".waitSeconds", "waitSeconds"), Map.entry(".urlPattern", "urlPattern"),
            Map.entry(".advanceOn", "advanceOn"));

    @Inject
    transient Items items;

    @Inject
    transient AccessControl access;

    @Inject
    transient Flash flash;

    @Inject
    transient Elements elements;

    /** The same view's capture panel: its inbox and library. */
    @Inject
    CaptureBacking capture;

    private String system;
    private Long id;
    private ItemType type;
    private ItemForm form;
    private ContentItem item;
    /** The step in the editor, by identity: it stays the same step while the list is reordered in the same request. */
    private StepForm selected;
    /** The steps the last save found problems in, by identity: they stay marked wherever they move. */
    private Set<StepForm> invalidSteps = Set.of();
    private String comment;
    private Long libraryChoice;
    private String newOwner;
    private List<Items.HistoryEntry> history;
    private List<ContentItem> walkthrus = List.of();
    private boolean mayEdit;
    private boolean maySubmit;
    private boolean mayReview;
    private boolean mayTranslate;

    /** f:viewAction; the service checks CONTENT_VIEW (and CONTENT_EDIT to save). */
    public void load() {
        if (system == null || system.isBlank()) {
            throw Refusal.notFound("Name the system: item.xhtml?system=…");
        }
        if (id != null) {
            Items.Item loaded = items.get(system, id);
            item = loaded.item();
            form = ItemForm.of(loaded.document());
        } else {
            form = ItemForm.blank(type == null ? ItemType.WALKTHRU : type);
        }
        Long systemId = access.systemIdOf(system);
        mayEdit = access.callerMay(Permission.CONTENT_EDIT, systemId);
        maySubmit = access.callerMay(Permission.CONTENT_SUBMIT, systemId);
        mayReview = access.callerMay(Permission.CONTENT_REVIEW, systemId);
        mayTranslate = access.callerMay(Permission.CONTENT_TRANSLATE, systemId);
        if (form.getType() == ItemType.LAUNCHER || form.getType() == ItemType.RESOURCE_MENU) {
            walkthrus = items.page(system, new ItemFilter(Set.of(ItemType.WALKTHRU), null, null, null, null), ItemFilter.Sort.NAME,
                    false, 0, Items.MAX_PAGE);
        }
    }

    public String save() {
        invalidSteps = Set.of();
        try {
            Items.Item saved = item == null ? items.create(system, form.toDocument())
                    : items.change(system, id, form.toDocument(), item.getLatestRevision());
            return flash.redirectTo(outcome(saved.item().getId()), "authoring.item.saved", saved.item().getName(),
                    saved.item().getLatestRevision());
        } catch (Refusal refused) {
            throw refused.kind() == Refusal.Kind.INVALID ? onSteps(refused) : refused;
        }
    }

    /**
     * The service names a step's problem by its position ({@code steps[2].title: required.}): the
     * designer opens the first step with a problem, marks the others in the list, and words each
     * problem so that it lands next to the step editor's field (its id) or names the step.
     */
    private Refusal onSteps(Refusal refused) {
        Set<Integer> invalid = new TreeSet<>();
        refused.problems().forEach(problem -> {
            Matcher step = STEP_PROBLEM.matcher(problem);
            if (step.matches()) {
                invalid.add(Integer.parseInt(step.group(1)));
            }
        });
        if (invalid.isEmpty()) {
            return Refusal.invalid(refused.problems().stream().map(ItemBacking::listed).toList());
        }
        invalidSteps = invalid.stream().filter(index -> index < form.getSteps().size()).map(form.getSteps()::get)
                .collect(Collectors.toCollection(() -> Collections.newSetFromMap(new IdentityHashMap<>())));
        if (!invalid.contains(getSelectedStep()) && invalid.iterator().next() < form.getSteps().size()) {
            selected = form.getSteps().get(invalid.iterator().next());
        }
        int open = getSelectedStep();
        List<String> problems = refused.problems().stream().map(problem -> {
            Matcher step = STEP_PROBLEM.matcher(problem);
            if (!step.matches()) {
                return listed(problem);
            }
            int index = Integer.parseInt(step.group(1));
            String field = step.group(2);
            String editorField = STEP_FIELDS.get(field);
            return index == open && editorField != null ? editorField + ": " + step.group(3)
                    : flash.text("authoring.step.problem", index + 1, field.isEmpty() ? "" : field.substring(1) + ": ", step.group(3));
        }).toList();
        return Refusal.invalid(problems);
    }

    /**
     * A problem in a list the form shows as repeated fields (menu sections and their entries, display
     * rules' patterns and attributes) named as the author counts: {@code sections[1].entries[0].url}
     * becomes "Section 2, entry 1, url".
     */
    private static String listed(String problem) {
        Matcher path = LISTED_PROBLEM.matcher(problem);
        if (!path.matches()) {
            return problem;
        }
        String where = LIST_INDEX.matcher(path.group(1)).replaceAll(index -> LIST_NAMES.get(index.group(1)) + " " + (Integer.parseInt(index.group(2)) + 1) + ",")
                .replace(".", " ").replaceAll(",$", "").replaceAll("\\s+", " ").strip();
        return Character.toUpperCase(where.charAt(0)) + where.substring(1) + ": " + path.group(2);
    }

    public String handOver() {
        return flash.redirectTo(outcome(id), "authoring.item.handedOver", items.handOver(system, id, newOwner).item().getOwner());
    }

    public String submit() {
        return flash.redirectTo(outcome(id), "authoring.item.submitted", items.submit(system, id).item().getName());
    }

    public String approve() {
        return flash.redirectTo(outcome(id), "authoring.item.approved", items.approve(system, id, comment, item.getLatestRevision()).item().getName());
    }

    public String reject() {
        return flash.redirectTo(outcome(id), "authoring.item.rejected", items.reject(system, id, comment, item.getLatestRevision()).item().getName());
    }

    public String restore(int number) {
        return flash.redirectTo(outcome(id), "authoring.item.restored", number, items.restore(system, id, number).item().getLatestRevision());
    }

    public List<Items.HistoryEntry> getHistory() {
        if (history == null && id != null) {
            history = items.history(system, id);
        }
        return history == null ? List.of() : history;
    }

    public void addStep() {
        selected = new StepForm();
        form.getSteps().add(selected);
    }

    public void removeStep(int index) {
        if (form.getSteps().size() > 1) {
            StepForm removed = form.getSteps().remove(index);
            if (removed == selected) {
                selected = form.getSteps().get(Math.min(index, form.getSteps().size() - 1));
            }
        }
    }

    public void moveStep(int index, int by) {
        form.move(index, index + by);
    }

    public void selectStep(int index) {
        selected = form.getSteps().get(index);
    }

    public StepForm getStep() {
        if (selected == null || !form.getSteps().contains(selected)) {
            selected = form.getSteps().isEmpty() ? null : form.getSteps().get(0);
        }
        return selected;
    }

    /** Where the step in the editor is in the list, from 0. */
    public int getSelectedStep() {
        return form.getSteps().indexOf(getStep());
    }

    /**
     * Points the step in the editor (or the tip or launcher) at an element that arrived in the
     * capture inbox, which goes into the library first: so the item keeps its whole descriptor.
     */
    public void useCaptured(long capturedId) {
        LibraryElement filed = capture.fileInLibrary(capturedId);
        pointAt(filed.getId(), ElementDescriptor.parse(filed.getDescriptor()));
    }

    /** Points the step in the editor (or the tip or launcher) at the element chosen from the library. */
    public void useLibraryElement() {
        if (libraryChoice != null) {
            pointAt(libraryChoice, elements.descriptor(system, libraryChoice));
            libraryChoice = null;
        }
    }

    /**
     * The element fields the pickers fill: the step in the editor's, or the tip's or launcher's;
     * with the match count of its library element, so that a doubtful capture stays marked.
     */
    public ElementForm getTargetElement() {
        ElementForm target = form.getType() == ItemType.WALKTHRU ? getStep().getElement() : form.getElement();
        if (target.getMatchCount() == null && target.getElementId() != null) {
            target.setMatchCount(capture.matchCountOf(target.getElementId()));
        }
        return target;
    }

    private void pointAt(Long elementId, ElementDescriptor descriptor) {
        ElementForm target = getTargetElement();
        target.setElementId(elementId);
        target.setSelector(descriptor.selector());
        target.setText(descriptor.text());
        target.setMatchCount(descriptor.matchCount());
    }

    /** What the reader will see of a rich text: the server's sanitized form, shown as markup. */
    public String preview(String body) {
        return body == null ? "" : RichText.sanitize(body);
    }

    public void addSection() {
        form.getSections().add(new SectionForm());
    }

    public void moveSection(int index, int by) {
        form.moveSection(index, by);
    }

    public void removeSection(SectionForm section) {
        form.getSections().remove(section);
    }

    private String outcome(long itemId) {
        return "/authoring/item.xhtml?faces-redirect=true&system=" + system + "&id=" + itemId;
    }

    public boolean isInReview() {
        return item != null && item.getState() == ItemState.IN_REVIEW;
    }

    public boolean isDraft() {
        return item != null && item.getState() == ItemState.DRAFT;
    }

    public StepKind[] getStepKinds() {
        return StepKind.values();
    }

    public Placement[] getPlacements() {
        return Placement.values();
    }

    public WhenMissing[] getWhenMissingChoices() {
        return WhenMissing.values();
    }

    public Advance[] getAdvances() {
        return Advance.values();
    }

    public TipStyle[] getTipStyles() {
        return TipStyle.values();
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public List<ContentItem> getWalkthrus() {
        return walkthrus;
    }

    public ItemForm getForm() {
        return form;
    }

    public ContentItem getItem() {
        return item;
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }

    public Long getLibraryChoice() {
        return libraryChoice;
    }

    public void setLibraryChoice(Long libraryChoice) {
        this.libraryChoice = libraryChoice;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isMaySubmit() {
        return maySubmit;
    }

    public boolean isMayReview() {
        return mayReview;
    }

    /** Whether the last save found problems in this step. */
    public boolean invalid(StepForm step) {
        return invalidSteps.contains(step);
    }

    public boolean isMayTranslate() {
        return mayTranslate;
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ItemType getType() {
        return type;
    }

    public void setType(ItemType type) {
        this.type = type;
    }
}
