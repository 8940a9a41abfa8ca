package org.waymark.authoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.waymark.access.control.AccessControl;
import org.waymark.authoring.control.Progress;
import org.waymark.common.boundary.Refusal;

/**
 * The imports the Editor started on this node, at most one per system, each with its progress
 * and, once it ended, its outcome until a screen has shown it. They live here rather than in a
 * page, so that a reload or a second tab finds the import under way instead of starting another.
 */
@ApplicationScoped
public class ImportJobs {

    /** An import of a system's content (JSON) or translations (XLIFF). */
    public record Job(String system, Kind kind, String startedBy, Instant startedAt, Progress progress,
                      Future<ContentExchange.Imported> outcome) {

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

    private final Map<String, Job> bySystem = new ConcurrentHashMap<>();

    /** @throws Refusal 409 while another import into the system runs */
    public Job importJson(String system, JsonObject export) {
        return start(system, Kind.CONTENT, progress -> runner.json(system, export, progress));
    }

    /** @throws Refusal 409 while another import into the system runs */
    public Job importXliff(String system, String xliff) {
        return start(system, Kind.TRANSLATIONS, progress -> runner.xliff(system, xliff, progress));
    }

    /** The import into the system that runs, or ended and was not shown yet. */
    public Optional<Job> of(String system) {
        return Optional.ofNullable(bySystem.get(system));
    }

    /** Once its outcome was shown. */
    public void shown(Job job) {
        bySystem.remove(job.system(), job);
    }

    private Job start(String system, Kind kind, Function<Progress, Future<ContentExchange.Imported>> launch) {
        String caller = access.requireCaller();
        return bySystem.compute(system, (key, earlier) -> {
            if (earlier != null && earlier.isRunning()) {
                throw Refusal.conflict("An import into " + system + " is running, started by " + earlier.startedBy() + " at "
                        + earlier.startedAt() + "; wait until it ends.");
            }
            Progress progress = new Progress();
            return new Job(system, kind, caller, Instant.now(), progress, launch.apply(progress));
        });
    }
}
