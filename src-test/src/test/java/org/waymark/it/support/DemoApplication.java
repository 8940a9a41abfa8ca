package org.waymark.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A small target application for capture tests: one page under /demo/ on 127.0.0.1 that embeds
 * Waymark's snippet, with a toolbar button and a filled-in form field (whose value must never
 * leave the page).
 */
public final class DemoApplication implements AutoCloseable {

    public static final String SECRET_VALUE = "secret-value-4711";

    private final HttpServer server;

    private DemoApplication(HttpServer server) {
        this.server = server;
    }

    /** @param snippet the script element the page embeds */
    public static DemoApplication serving(String snippet) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Deals</title>%s</head>
                <body>
                  <header><nav aria-label="Main"><a href="/demo/index.html">Home</a></nav></header>
                  <main>
                    <div class="toolbar css-1x9f3kq">
                      <button id="new-opportunity" class="btn btn-primary sc-AxjAm" type="button" data-testid="new">New</button>
                      <button class="btn" type="button" data-testid="export">Export</button>
                    </div>
                    <form>
                      <label for="amount">Amount</label>
                      <input id="amount" name="amount" value="%s">
                    </form>
                  </main>
                </body></html>""".formatted(snippet, SECRET_VALUE);
        server.createContext("/demo/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new DemoApplication(server);
    }

    /** The page's address. */
    public String page() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/demo/index.html";
    }

    /** What browsers send as Origin from the page. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
