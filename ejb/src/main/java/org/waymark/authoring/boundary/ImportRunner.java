package org.waymark.authoring.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.waymark.authoring.control.Progress;

/**
 * Runs imports on a thread of the EJB container's, for {@link ImportJobs}. The caller's identity
 * travels with the call, and {@link ContentExchange} checks it there as for any import, in a
 * transaction of its own: these only move the work off the request. The outcome goes into a future
 * of the job's own rather than the container's, which would keep the whole upload for as long as
 * anybody holds the job.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    @Inject
    ContentExchange exchange;

    @Asynchronous
    public void json(String key, JsonObject export, Progress progress, CompletableFuture<ContentExchange.Imported> outcome) {
        settle(outcome, () -> exchange.importJson(key, export, progress));
    }

    @Asynchronous
    public void xliff(String key, String xliff, Progress progress, CompletableFuture<ContentExchange.Imported> outcome) {
        settle(outcome, () -> exchange.importXliff(key, xliff, progress));
    }

    private static void settle(CompletableFuture<ContentExchange.Imported> outcome, Supplier<ContentExchange.Imported> importing) {
        try {
            outcome.complete(importing.get());
        } catch (RuntimeException e) {
            outcome.completeExceptionally(e);
        }
    }
}
