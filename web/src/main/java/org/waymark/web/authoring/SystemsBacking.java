package org.waymark.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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
    private final SystemForm form = new SystemForm();
    private List<Systems.PatternTrial> trials;
    private String trialProblem;

    public List<TargetSystem> getSystems() {
        if (list == null) {
            list = systems.list();
        }
        return list;
    }

    public List<EnvironmentSnippet> snippets(TargetSystem system) {
        return snippetsOf(system);
    }

    /** Each environment's snippet, addressed as the current request reached this application. */
    static List<EnvironmentSnippet> snippetsOf(TargetSystem system) {
        String base = ApplicationAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        return system.getEnvironments().stream().map(environment -> new EnvironmentSnippet(environment, Snippet.of(base, system.getKey(),
                environment))).toList();
    }

    public void tryPatterns() {
        try {
            trials = systems.tryPatterns(form.patternList(), form.getExampleUrl());
            trialProblem = null;
        } catch (Refusal refused) {
            trials = null;
            trialProblem = refused.getMessage();
        }
    }

    public String add() {
        TargetSystem added = systems.create(form.getKey(), form.getName(), form.patternList(), form.environmentList());
        return flash.redirect("authoring.systems.added", added.getName());
    }

    public SystemForm getForm() {
        return form;
    }

    public List<Systems.PatternTrial> getTrials() {
        return trials;
    }

    public String getTrialProblem() {
        return trialProblem;
    }
}
