package org.waymark.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;

/**
 * The content list with 5,000 items of one system: how long page requests take over the REST API
 * (the Editor's list asks the same service), from the request leaving to the page arriving, printed,
 * not asserted. Not part of the suite (its
 * name does not end in IT); run it with {@code mvn -pl src-test verify -Dit.test=ContentListBenchmark}.
 */
@ExtendWith(ArquillianExtension.class)
class ContentListBenchmark {

    private static final int ITEMS = 5_000;
    private static final int REQUESTS = 200;
    private static final String[] WORDS = {"opportunity", "invoice", "customer", "quote", "lead", "contract", "report", "approval"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void pageRequestsOverFiveThousandItems() throws Exception {
        String root = MicroDeployment.root(deployed);
        Api admin = Api.admin(root);
        String system = Api.unique("bench");
        assertEquals(201, admin.post("api/v1/systems", Json.createObjectBuilder().add("key", system).add("name", "Benchmark")
                .add("urlPatterns", Json.createArrayBuilder().add("https://bench.example.com/*")).build()).status());
        String items = "api/v1/systems/" + system + "/items";
        // a personal API key, as scripts use: basic authentication would time the password hash of every request
        Api.Answer key = admin.post("api/v1/api-keys", Json.createObjectBuilder().add("name", "content benchmark")
                .add("expiresAt", Instant.now().plus(Duration.ofDays(1)).toString())
                .add("permissions", Json.createArrayBuilder().add("CONTENT_VIEW").add("CONTENT_EDIT")).build());
        assertEquals(201, key.status(), key::toString);
        Api author = Api.bearer(root, key.json().getString("secret"));

        long started = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> created = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            int n = i;
            created.add(writers.submit(() -> author.post(items, Json.createObjectBuilder().add("type", "WALKTHRU")
                    .add("name", WORDS[n % WORDS.length] + " walk-thru " + n).add("description", "Shows how to handle a "
                            + WORDS[(n / 8) % WORDS.length] + " step by step")
                    .add("tags", Json.createArrayBuilder().add("team-" + (n % 20)))
                    .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "BALLOON").add("title", "Step " + n)
                            .add("body", "Click <b>here</b>").add("element", Json.createObjectBuilder().add("selector", "#b" + n)))
                            .add(Json.createObjectBuilder().add("kind", "POPUP").add("title", "Done")))
                    .build()).status()));
        }
        for (Future<Integer> status : created) {
            assertEquals(201, status.get());
        }
        writers.shutdown();
        System.out.printf("created %,d items over REST (4 clients) in %.1f s%n", ITEMS, (System.nanoTime() - started) / 1e9);
        assertEquals(ITEMS, author.get(items + "?max=1").json().getInt("total"));

        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("newest first, first page", "?max=50");
        queries.put("by name, a page in the middle", "?sort=NAME&order=asc&first=%d&max=50");
        queries.put("by name, the last page", "?sort=NAME&order=desc&first=4950&max=50");
        queries.put("search one word", "?q=%s&max=50");
        queries.put("search two words, by state", "?q=%s+step&sort=STATE&max=50");
        queries.put("one tag", "?tag=team-%d&max=50");
        queries.put("type and state filter", "?type=WALKTHRU&state=DRAFT&sort=OWNER&first=%d&max=50");
        for (int warm = 0; warm < 100; warm++) {
            author.get(items + "?max=50&first=" + warm * 10);
        }
        System.out.printf("%-32s %9s %9s %9s %9s%n", "page request (50 items)", "median", "p95", "max", "requests");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String path = items + String.format(query.getValue(), argument(query.getValue()));
                long t = System.nanoTime();
                Api.Answer page = author.get(path);
                millis.add((System.nanoTime() - t) / 1e6);
                assertEquals(200, page.status(), page::toString);
            }
            Collections.sort(millis);
            System.out.printf("%-32s %7.1f ms %6.1f ms %6.1f ms %9d%n", query.getKey(), millis.get(REQUESTS / 2),
                    millis.get(REQUESTS * 95 / 100), millis.get(REQUESTS - 1), REQUESTS);
        }
    }

    private static Object argument(String query) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (query.contains("q=")) {
            return WORDS[random.nextInt(WORDS.length)];
        }
        if (query.contains("tag=")) {
            return random.nextInt(20);
        }
        return random.nextInt(ITEMS / 50) * 50;
    }
}
