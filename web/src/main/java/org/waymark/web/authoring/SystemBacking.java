package org.waymark.web.authoring;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Map;
import org.waymark.access.control.AccessControl;
import org.waymark.access.entity.Permission;
import org.waymark.authoring.boundary.Systems;
import org.waymark.authoring.entity.TargetSystem;
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
    /** Per environment, the line to paste. */
    private Map<String, String> environmentSnippets = Map.of();

    /** Loads the system named in the address (f:viewAction); the service checks SYSTEM_VIEW. */
    public void load() {
        TargetSystem system = systems.get(key);
        form = SystemForm.of(system);
        mayConfigure = access.callerMay(Permission.SYSTEM_CONFIGURE, system.getId());
        environmentSnippets = snippets.of(system, (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public Map<String, String> getSnippets() {
        return environmentSnippets;
    }

    public void tryPatterns() {
        form.tryPatterns(systems);
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
}
