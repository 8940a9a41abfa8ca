package org.waymark.web.authoring;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.waymark.access.control.AccessControl;
import org.waymark.access.entity.Permission;
import org.waymark.authoring.boundary.Systems;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;
import org.waymark.web.faces.Flash;

/**
 * authoring/system.xhtml?key=…: one system with its snippets; for those who may configure it
 * (SYSTEM_CONFIGURE in that system), the form that changes its name, pages and environments.
 */
@Named
@ViewScoped
public class SystemBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Systems systems;

    @Inject
    transient AccessControl access;

    @Inject
    transient Flash flash;

    @Inject
    transient Snippets snippets;

    private String key;
    private SystemForm form = new SystemForm();
    private boolean mayConfigure;
    private List<Systems.PatternTrial> trials;
    private String trialProblem;

    /** Loads the system named in the address (f:viewAction); the service checks SYSTEM_VIEW. */
    public void load() {
        TargetSystem system = systems.get(key);
        form = SystemForm.of(system);
        mayConfigure = access.callerMay(Permission.SYSTEM_CONFIGURE, system.getId());
    }

    /** Per environment, the line to paste. */
    public Map<String, String> getSnippets() {
        return snippets.of(systems.get(key), (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
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

    public String save() {
        systems.change(key, form.getName(), form.patternList(), form.environmentList());
        return flash.redirect("authoring.system.saved", form.getName());
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public SystemForm getForm() {
        return form;
    }

    public boolean isMayConfigure() {
        return mayConfigure;
    }

    public List<Systems.PatternTrial> getTrials() {
        return trials;
    }

    public String getTrialProblem() {
        return trialProblem;
    }
}
