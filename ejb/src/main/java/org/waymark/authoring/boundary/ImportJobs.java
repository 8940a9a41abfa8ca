package org.waymark.authoring.boundary;

import static org.waymark.access.entity.Permission.CONTENT_EDIT;
import static org.waymark.access.entity.Permission.CONTENT_TRANSLATE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.access.control.SystemScope;
import org.waymark.authoring.control.Progress;
import org.waymark.common.boundary.Refusal;

/**
 * The imports the Editor's Exchange screen started on this node, at most one per system, each with
 * its progress and, once it ended, its outcome until the author who started it has seen it (for at
 * most {@link #KEPT} after it began). They live here rather than in a page, so that a reload or a
 * second tab finds the import under way instead of starting another.
 */
@ApplicationScoped
public class ImportJobs {

    static final Duration KEPT = Duration.ofHours(1);

    /** An import of a system's content (JSON) or translations (XLIFF). */
    public record Job(long systemId, Kind kind, String startedBy, Instant startedAt, Progress progress,
                      CompletableFuture<ContentExchange.Imported> outcome) {

        public boolean isRunning() {
            return !outcome.isDone();
        }
    }

    public enum Kind {
        CONTENT, TRANSLATIONS
    }

    @Inject
    ImportRunner runner;

    @Inject
    AccessControl access;

    /** By system id: keys differ in letter case where the database does not. */
    private final Map<Long, Job> bySystem = new ConcurrentHashMap<>();

    /** @throws Refusal 409 while another import into the system runs */
    @Requires(CONTENT_EDIT)
    public Job importJson(@SystemScope String system, JsonObject export) {
        Job job = start(system, Kind.CONTENT);
        return launched(job, () -> runner.json(system, export, job.progress(), job.outcome()));
    }

    /** @throws Refusal 409 while another import into the system runs */
    @Requires(CONTENT_TRANSLATE)
    public Job importXliff(@SystemScope String system, String xliff) {
        Job job = start(system, Kind.TRANSLATIONS);
        return launched(job, () -> runner.xliff(system, xliff, job.progress(), job.outcome()));
    }

    /** The import into the system (by id) that runs, or ended and was not shown to its author yet. */
    public Optional<Job> of(long systemId) {
        forgetOld();
        return Optional.ofNullable(bySystem.get(systemId));
    }

    /** @return whether this caller took the outcome off the list: only once, in one tab */
    public boolean shown(Job job) {
        return bySystem.remove(job.systemId(), job);
    }

    private Job start(String system, Kind kind) {
        forgetOld();
        Long systemId = access.systemIdOf(system);
        if (systemId == null) {
            throw Refusal.notFound("There is no system " + system + ".");
        }
        String caller = access.requireCaller();
        return bySystem.compute(systemId, (id, earlier) -> {
            if (earlier != null && earlier.isRunning()) {
                throw Refusal.conflict("An import into " + system + " is running, started by " + earlier.startedBy() + " at "
                        + earlier.startedAt() + "; wait until it ends.");
            }
            return new Job(id, kind, caller, Instant.now(), new Progress(), new CompletableFuture<>());
        });
    }

    /** @param launch hands the import to the container; should that fail, the job ends with its failure, not running for ever */
    private static Job launched(Job job, Runnable launch) {
        try {
            launch.run();
        } catch (RuntimeException | Error notStarted) {
            job.outcome().completeExceptionally(notStarted);
            throw notStarted;
        }
        return job;
    }

    /** Outcomes nobody came back for go after a while: each holds what its import found. */
    private void forgetOld() {
        Instant before = Instant.now().minus(KEPT);
        bySystem.values().removeIf(job -> !job.isRunning() && job.startedAt().isBefore(before));
    }
}
