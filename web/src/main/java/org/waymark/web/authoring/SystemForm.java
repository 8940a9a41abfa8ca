package org.waymark.web.authoring;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.waymark.authoring.boundary.Systems;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;

/**
 * A system as its form edits it (URL patterns one per line, environments separated by commas),
 * with the live test of its patterns: one form for a new system and for a system's changes.
 */
public class SystemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String name;
    private String patterns;
    private String environments;
    private String exampleUrl;
    private List<Systems.PatternTrial> trials;
    private String trialProblem;

    static SystemForm of(TargetSystem system) {
        SystemForm form = new SystemForm();
        form.key = system.getKey();
        form.name = system.getName();
        form.patterns = String.join("\n", system.getUrlPatterns());
        form.environments = String.join(", ", system.getEnvironments());
        return form;
    }

    /** Tries the patterns on the example URL, for the form to show beside them; nothing is saved. */
    void tryPatterns(Systems systems) {
        try {
            trials = systems.tryPatterns(patternList(), exampleUrl);
            trialProblem = null;
        } catch (Refusal refused) {
            trials = null;
            trialProblem = refused.getMessage();
        }
    }

    List<String> patternList() {
        return patterns == null ? List.of() : patterns.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    List<String> environmentList() {
        return environments == null ? List.of()
                : Arrays.stream(environments.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPatterns() {
        return patterns;
    }

    public void setPatterns(String patterns) {
        this.patterns = patterns;
    }

    public String getEnvironments() {
        return environments;
    }

    public void setEnvironments(String environments) {
        this.environments = environments;
    }

    public String getExampleUrl() {
        return exampleUrl;
    }

    public void setExampleUrl(String exampleUrl) {
        this.exampleUrl = exampleUrl;
    }

    public List<Systems.PatternTrial> getTrials() {
        return trials;
    }

    public String getTrialProblem() {
        return trialProblem;
    }
}
