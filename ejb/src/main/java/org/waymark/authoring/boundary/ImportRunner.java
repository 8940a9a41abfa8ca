package org.waymark.authoring.boundary;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.Future;
import org.waymark.authoring.control.Progress;

/**
 * Runs imports on a thread of the EJB container's, for {@link ImportJobs}. The caller's identity
 * travels with the call, and {@link ContentExchange} checks it there as for any import: these only
 * move the work off the request.
 */
@Stateless
public class ImportRunner {

    @Inject
    ContentExchange exchange;

    /** @return what was imported; a refusal comes out of {@link Future#get()} as the cause */
    @Asynchronous
    public Future<ContentExchange.Imported> json(String key, JsonObject export, Progress progress) {
        return new AsyncResult<>(exchange.importJson(key, export, progress));
    }

    @Asynchronous
    public Future<ContentExchange.Imported> xliff(String key, String xliff, Progress progress) {
        return new AsyncResult<>(exchange.importXliff(key, xliff, progress));
    }
}
