package org.waymark.web.authoring;

import java.io.Serializable;
import org.waymark.authoring.control.ItemDocument.Advance;
import org.waymark.authoring.control.ItemDocument.Placement;
import org.waymark.authoring.control.ItemDocument.Step;
import org.waymark.authoring.control.ItemDocument.StepKind;
import org.waymark.authoring.control.ItemDocument.WhenMissing;

/** One step of a walk-thru as the designer edits it. Its id stays with it when it moves. */
public class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private StepKind kind = StepKind.BALLOON;
    private String title;
    private String body;
    private ElementForm element = new ElementForm();
    private Placement position;
    private WhenMissing whenMissing;
    private Integer waitSeconds;
    private String urlPattern;
    private Advance advanceOn;

    static StepForm of(Step step) {
        StepForm form = new StepForm();
        form.id = step.id();
        form.kind = step.kind();
        form.title = step.title();
        form.body = step.body();
        form.element = ElementForm.of(step.element());
        form.position = step.position();
        form.whenMissing = step.whenMissing();
        form.waitSeconds = step.waitSeconds();
        form.urlPattern = step.urlPattern();
        form.advanceOn = step.advanceOn();
        return form;
    }

    /** Only what the kind uses: the service refuses fields a kind does not have. */
    Step toStep() {
        boolean shows = kind == StepKind.BALLOON || kind == StepKind.POPUP;
        boolean pointed = kind != StepKind.POPUP;
        return new Step(id, kind, shows ? title : null, shows ? body : null, pointed ? element.toRef() : null,
                kind == StepKind.BALLOON ? position : null, pointed ? whenMissing : null,
                pointed && (whenMissing == WhenMissing.WAIT || kind == StepKind.WAIT_FOR) ? waitSeconds : null,
                kind == StepKind.WAIT_FOR ? urlPattern : null, kind == StepKind.AUTO ? advanceOn : null);
    }

    public String getId() {
        return id;
    }

    public StepKind getKind() {
        return kind;
    }

    public void setKind(StepKind kind) {
        this.kind = kind;
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

    public ElementForm getElement() {
        return element;
    }

    public Placement getPosition() {
        return position;
    }

    public void setPosition(Placement position) {
        this.position = position;
    }

    public WhenMissing getWhenMissing() {
        return whenMissing;
    }

    public void setWhenMissing(WhenMissing whenMissing) {
        this.whenMissing = whenMissing;
    }

    public Integer getWaitSeconds() {
        return waitSeconds;
    }

    public void setWaitSeconds(Integer waitSeconds) {
        this.waitSeconds = waitSeconds;
    }

    public String getUrlPattern() {
        return urlPattern;
    }

    public void setUrlPattern(String urlPattern) {
        this.urlPattern = urlPattern;
    }

    public Advance getAdvanceOn() {
        return advanceOn;
    }

    public void setAdvanceOn(Advance advanceOn) {
        this.advanceOn = advanceOn;
    }
}
