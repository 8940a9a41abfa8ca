package org.waymark.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.waymark.authoring.boundary.Systems;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.web.faces.Flash;

/**
 * authoring/systems.xhtml: the systems the user may see, each environment with its snippet, and,
 * for those who may add systems, the form with a live test of its URL patterns on an example URL.
 */
@Named
@RequestScoped
public class SystemsBacking {

    @Inject
    Systems systems;

    @Inject
    Flash flash;

    @Inject
    Snippets snippets;

    private List<TargetSystem> list;
    private final SystemForm form = new SystemForm();

    public List<TargetSystem> getSystems() {
        if (list == null) {
            list = systems.list();
        }
        return list;
    }

    /** Per environment, the line to paste. */
    public Map<String, String> snippets(TargetSystem system) {
        return snippets.of(system, (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public void tryPatterns() {
        form.tryPatterns(systems);
    }

    public String add() {
        TargetSystem added = systems.create(form.getKey(), form.getName(), form.patternList(), form.environmentList());
        return flash.redirect("authoring.systems.added", added.getName());
    }

    public SystemForm getForm() {
        return form;
    }
}
