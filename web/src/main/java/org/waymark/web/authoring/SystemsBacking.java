package org.waymark.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.waymark.authoring.boundary.Systems;
import org.waymark.authoring.control.Snippet;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;
import org.waymark.web.faces.Flash;

/**
 * authoring/systems.xhtml: the systems the user may see, each environment with its snippet, and,
 * for those who may add systems, the form with a live test of its URL patterns on an example URL.
 */
@Named
@RequestScoped
public class SystemsBacking {

    /** One environment's line to paste into the target application. */
    public record EnvironmentSnippet(String environment, String snippet) {
    }

    @Inject
    Systems systems;

    @Inject
    Flash flash;

    private List<TargetSystem> list;
    private String key;
    private String name;
    private String patterns;
    private String environments;
    private String exampleUrl;
    private List<Systems.PatternTrial> trials;
    private String trialProblem;

    public List<TargetSystem> getSystems() {
        if (list == null) {
            list = systems.list();
        }
        return list;
    }

    public List<EnvironmentSnippet> snippets(TargetSystem system) {
        String base = ApplicationAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        return system.getEnvironments().stream().map(environment -> new EnvironmentSnippet(environment, Snippet.of(base, system.getKey(),
                environment))).toList();
    }

    public void tryPatterns() {
        try {
            trials = systems.tryPatterns(lines(patterns), exampleUrl);
            trialProblem = null;
        } catch (Refusal refused) {
            trials = null;
            trialProblem = refused.getMessage();
        }
    }

    public String add() {
        TargetSystem added = systems.create(key, name, lines(patterns), items(environments));
        return flash.redirect("authoring.systems.added", added.getName());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> items(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
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
