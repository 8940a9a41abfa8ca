package org.waymark.web.authoring;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.authoring.control.ItemDocument;
import org.waymark.authoring.control.ItemDocument.AttributeRule;
import org.waymark.authoring.control.ItemDocument.DisplayRules;
import org.waymark.authoring.control.ItemDocument.Frequency;
import org.waymark.authoring.control.ItemDocument.Operator;
import org.waymark.authoring.control.ItemDocument.Placement;
import org.waymark.authoring.control.ItemDocument.TipStyle;
import org.waymark.authoring.entity.ItemType;

/**
 * An item as the Editor's form edits it: lists as lines, times in UTC, and only the fields of its
 * type sent to the service, which checks and cleans everything. Translations are not part of it:
 * a save keeps them (Translators edit them on their own).
 */
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** department = sales, or role != admin. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([^=!]*?)\\s*(!=|=)\\s*(.*?)\\s*");

    private ItemType type;
    private String name;
    private String description;
    private String tags;
    private String locale;
    private String urlPatterns;
    private ElementForm elementPresent = new ElementForm();
    private ElementForm elementAbsent = new ElementForm();
    private String userAttributes;
    private LocalDateTime from;
    private LocalDateTime until;
    private Integer priority;
    private String startUrl;
    private final List<StepForm> steps = new ArrayList<>();
    private ElementForm element = new ElementForm();
    private TipStyle tipStyle;
    private boolean required;
    private String label;
    private Placement position;
    private Long walkthru;
    private String url;
    private String title;
    private String body;
    private Frequency frequency;
    private final List<SectionForm> sections = new ArrayList<>();

    /** A new item's form, with what every item of the type needs to start from. */
    static ItemForm blank(ItemType type) {
        ItemForm form = new ItemForm();
        form.type = type;
        if (type == ItemType.WALKTHRU) {
            form.steps.add(new StepForm());
        }
        if (type == ItemType.RESOURCE_MENU) {
            form.sections.add(new SectionForm());
        }
        return form;
    }

    static ItemForm of(ItemDocument d) {
        ItemForm form = new ItemForm();
        form.type = d.type();
        form.name = d.name();
        form.description = d.description();
        form.tags = String.join(", ", d.tags());
        form.locale = d.locale();
        DisplayRules display = d.display();
        form.urlPatterns = String.join("\n", display.urlPatterns());
        form.elementPresent = ElementForm.of(display.elementPresent());
        form.elementAbsent = ElementForm.of(display.elementAbsent());
        form.userAttributes = String.join("\n", display.userAttributes().stream()
                .map(rule -> rule.name() + (rule.operator() == Operator.EQUALS ? " = " : " != ") + rule.value()).toList());
        form.from = display.from() == null ? null : LocalDateTime.ofInstant(display.from(), ZoneOffset.UTC);
        form.until = display.until() == null ? null : LocalDateTime.ofInstant(display.until(), ZoneOffset.UTC);
        form.priority = display.priority();
        form.startUrl = d.startUrl();
        if (d.steps() != null) {
            d.steps().forEach(step -> form.steps.add(StepForm.of(step)));
        }
        form.element = ElementForm.of(d.element());
        form.tipStyle = d.tipStyle();
        form.required = Boolean.TRUE.equals(d.required());
        form.label = d.label();
        form.position = d.position();
        form.walkthru = d.walkthru();
        form.url = d.url();
        form.title = d.title();
        form.body = d.body();
        form.frequency = d.frequency();
        if (d.sections() != null) {
            d.sections().forEach(section -> form.sections.add(SectionForm.of(section)));
        }
        return form;
    }

    /** The document to save, with null translations: the service keeps the stored ones. */
    ItemDocument toDocument() {
        DisplayRules display = new DisplayRules(lines(urlPatterns), elementPresent.toRef(), elementAbsent.toRef(),
                lines(userAttributes).stream().map(ItemForm::attribute).toList(), from == null ? null : from.toInstant(ZoneOffset.UTC),
                until == null ? null : until.toInstant(ZoneOffset.UTC), priority);
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        boolean attached = type == ItemType.SMART_TIP || type == ItemType.LAUNCHER;
        boolean launcher = type == ItemType.LAUNCHER;
        boolean titled = type == ItemType.SHOUT_OUT || type == ItemType.RESOURCE_MENU;
        boolean bodied = type == ItemType.SMART_TIP || type == ItemType.SHOUT_OUT;
        return new ItemDocument(type, name, description, tagList, locale, display,
                type == ItemType.WALKTHRU ? startUrl : null,
                type == ItemType.WALKTHRU ? steps.stream().map(StepForm::toStep).toList() : null,
                attached ? element.toRef() : null,
                type == ItemType.SMART_TIP ? tipStyle : null,
                type == ItemType.SMART_TIP ? required : null,
                launcher ? label : null, launcher ? position : null,
                launcher ? walkthru : null, launcher && walkthru == null ? url : null,
                titled ? title : null, bodied ? body : null,
                type == ItemType.SHOUT_OUT ? frequency : null,
                type == ItemType.RESOURCE_MENU ? sections.stream().map(SectionForm::toSection).toList() : null,
                null);
    }

    /** Moves a step from one position to another, as dragging it in the step list does. */
    public void move(int from, int to) {
        move(steps, from, to);
    }

    /** Moves a resource-menu section one place up ({@code by} -1) or down (1). */
    void moveSection(int index, int by) {
        move(sections, index, index + by);
    }

    /** Moves an entry of an ordered list; positions outside it change nothing. */
    static <T> void move(List<T> list, int from, int to) {
        if (from >= 0 && from < list.size() && to >= 0 && to < list.size()) {
            list.add(to, list.remove(from));
        }
    }

    private static AttributeRule attribute(String line) {
        Matcher rule = ATTRIBUTE.matcher(line);
        return rule.matches() ? new AttributeRule(rule.group(1), rule.group(2).equals("=") ? Operator.EQUALS : Operator.NOT_EQUALS,
                rule.group(3)) : new AttributeRule(line, null, null);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public ItemType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getUrlPatterns() {
        return urlPatterns;
    }

    public void setUrlPatterns(String urlPatterns) {
        this.urlPatterns = urlPatterns;
    }

    public ElementForm getElementPresent() {
        return elementPresent;
    }

    public ElementForm getElementAbsent() {
        return elementAbsent;
    }

    public String getUserAttributes() {
        return userAttributes;
    }

    public void setUserAttributes(String userAttributes) {
        this.userAttributes = userAttributes;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getUntil() {
        return until;
    }

    public void setUntil(LocalDateTime until) {
        this.until = until;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getStartUrl() {
        return startUrl;
    }

    public void setStartUrl(String startUrl) {
        this.startUrl = startUrl;
    }

    public List<StepForm> getSteps() {
        return steps;
    }

    public ElementForm getElement() {
        return element;
    }

    public TipStyle getTipStyle() {
        return tipStyle;
    }

    public void setTipStyle(TipStyle tipStyle) {
        this.tipStyle = tipStyle;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Placement getPosition() {
        return position;
    }

    public void setPosition(Placement position) {
        this.position = position;
    }

    public Long getWalkthru() {
        return walkthru;
    }

    public void setWalkthru(Long walkthru) {
        this.walkthru = walkthru;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public List<SectionForm> getSections() {
        return sections;
    }
}
