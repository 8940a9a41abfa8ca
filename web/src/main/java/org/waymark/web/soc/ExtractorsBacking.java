package org.waymark.web.soc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.waymark.alerting.boundary.CustomExtractors;
import org.waymark.alerting.control.SecurityEvent;
import org.waymark.alerting.entity.CustomExtractor;
import org.waymark.common.boundary.Refusal;
import org.waymark.web.faces.Flash;

/**
 * soc/extractors.xhtml: the analysts' own extractors. "Test" runs the expression on the sample line
 * on the server, exactly as received messages will meet it, and shows what it extracted.
 */
@Named
@RequestScoped
public class ExtractorsBacking {

    @Inject
    CustomExtractors extractors;

    @Inject
    Flash flash;

    private List<CustomExtractor> list;
    private String name;
    private String pattern;
    private String type = SecurityEvent.Type.AUTHENTICATION.name();
    private String outcome = "";
    private String application;
    private String sample;
    private String result;

    public List<CustomExtractor> getExtractors() {
        if (list == null) {
            list = extractors.list();
        }
        return list;
    }

    public SecurityEvent.Type[] getTypes() {
        return SecurityEvent.Type.values();
    }

    public SecurityEvent.Outcome[] getOutcomes() {
        return SecurityEvent.Outcome.values();
    }

    public void test() {
        try {
            Optional<SecurityEvent> event = extractors.test(pattern, type, outcome, application, sample);
            result = event.map(e -> flash.text("soc.extractors.matched", e.type(), e.outcome(), orDash(e.user()), orDash(e.sourceAddress())))
                    .orElse(flash.text("soc.extractors.noMatch"));
        } catch (Refusal refused) {
            result = refused.getMessage();
        }
    }

    public String save() {
        CustomExtractor added = extractors.add(name, pattern, type, outcome, application, sample);
        return flash.redirect("soc.extractors.saved", added.getName());
    }

    public String enable(long id, boolean enabled) {
        extractors.setEnabled(id, enabled);
        return flash.redirect("soc.extractors.changed");
    }

    public String remove(long id) {
        extractors.remove(id);
        return flash.redirect("soc.extractors.changed");
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getApplication() {
        return application;
    }

    public void setApplication(String application) {
        this.application = application;
    }

    public String getSample() {
        return sample;
    }

    public void setSample(String sample) {
        this.sample = sample;
    }

    public String getResult() {
        return result;
    }
}
