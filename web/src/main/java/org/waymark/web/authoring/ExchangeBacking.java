package org.waymark.web.authoring;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.waymark.access.control.AccessControl;
import org.waymark.access.entity.Permission;
import org.waymark.authoring.boundary.ContentExchange;
import org.waymark.authoring.boundary.ImportJobs;
import org.waymark.authoring.control.Xliff;
import org.waymark.common.boundary.Refusal;
import org.waymark.web.api.JsonBodies;
import org.waymark.web.faces.Flash;

/**
 * authoring/exchange.xhtml?system=…: a system's content out (JSON, XLIFF) and in. Uploads show
 * their progress, and so do imports, which run off the request; an import is checked as a whole
 * before anything changes, and its problems are listed.
 */
@Named
@ViewScoped
public class ExchangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContentExchange exchange;

    @Inject
    transient ImportJobs jobs;

    @Inject
    transient AccessControl access;

    @Inject
    transient Flash flash;

    private String system;
    /** Looked up once, when the page loads: the poll asks for the import every second. */
    private Long systemId;
    private String source = "en";
    private String target;
    private boolean mayEdit;
    private boolean mayTranslate;

    /** f:viewAction */
    public void load() {
        systemId = access.systemIdOf(system);
        if (systemId == null || !access.callerMay(Permission.CONTENT_VIEW, systemId)) {
            throw Refusal.notFound("There is no system " + system + " that you may see.");
        }
        mayEdit = access.callerMay(Permission.CONTENT_EDIT, systemId);
        mayTranslate = access.callerMay(Permission.CONTENT_TRANSLATE, systemId);
    }

    public StreamedContent getJsonExport() {
        return download(exchange.exportJson(system).toString(), "application/json", system + "-content.json");
    }

    public StreamedContent getXliffExport() {
        return download(exchange.exportXliff(system, source, target), Xliff.MEDIA_TYPE, system + "-" + target + ".xlf");
    }

    /** Starts the import off the request; the page asks {@link #checkImport()} every second until it ends. */
    public void importJson(FileUploadEvent upload) {
        jobs.importJson(system, JsonBodies.object(text(upload), "a Waymark content export (JSON)"));
    }

    public void importXliff(FileUploadEvent upload) {
        jobs.importXliff(system, text(upload));
    }

    /**
     * p:poll: once the import ended, what it did, or every problem it found (then nothing changed):
     * to the author who started it, in one of their tabs.
     */
    public void checkImport() throws InterruptedException {
        ImportJobs.Job job = jobs.of(systemId).orElse(null);
        if (job == null || job.isRunning() || !job.startedBy().equals(access.requireCaller()) || !jobs.shown(job)) {
            return;
        }
        try {
            ContentExchange.Imported imported = job.outcome().get();
            String message = job.kind() == ImportJobs.Kind.CONTENT
                    ? flash.text("authoring.exchange.importedJson", imported.items(), imported.elements())
                    : flash.text("authoring.exchange.importedXliff", imported.texts(), imported.items());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        } catch (ExecutionException failed) {
            // a refusal or a denial: the exception handler shows its reasons; anything else goes to the error page
            throw failed.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(failed.getCause());
        }
    }

    /**
     * An import into this system runs (also after a reload, or in another tab), or ended and waits
     * to be shown to this author.
     */
    public boolean isImporting() {
        return jobs.of(systemId).filter(job -> job.isRunning() || job.startedBy().equals(access.requireCaller())).isPresent();
    }

    public int getPercent() {
        return jobs.of(systemId).map(job -> job.progress().percent()).orElse(100);
    }

    /** Who started the import under way. */
    public String getImportStartedBy() {
        return jobs.of(systemId).map(ImportJobs.Job::startedBy).orElse("");
    }

    private static String text(FileUploadEvent upload) {
        return new String(upload.getFile().getContent(), StandardCharsets.UTF_8);
    }

    private static StreamedContent download(String content, String type, String name) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(name).contentType(type + ";charset=UTF-8").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isMayTranslate() {
        return mayTranslate;
    }
}
