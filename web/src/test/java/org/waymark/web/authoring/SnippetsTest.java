package org.waymark.web.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.configuration.control.Settings;

class SnippetsTest {

    private static final TargetSystem CRM = new TargetSystem("crm", "CRM", List.of("https://crm.example.com/*"), List.of("test", "production"),
            "admin", Instant.EPOCH);

    private final Snippets snippets = new Snippets();

    SnippetsTest() {
        snippets.settings = new Settings();
    }

    @AfterEach
    void forgetTheSetting() {
        System.clearProperty("dap.public.url");
    }

    @Test
    void withoutAPublicAddressTheRequestsAddressServes() {
        Map<String, String> lines = snippets.of(CRM, request("http://10.0.0.5:8080/waymark/authoring/systems.xhtml", "/waymark"));

        assertEquals(List.of("test", "production"), List.copyOf(lines.keySet()));
        assertEquals("<script async src=\"http://10.0.0.5:8080/waymark/p/crm/production/loader.js\"></script>", lines.get("production"));
    }

    @Test
    void behindAProxyThePublicAddressServes() {
        System.setProperty("dap.public.url", "https://waymark.example.com");

        Map<String, String> lines = snippets.of(CRM, request("http://10.0.0.5:8080/authoring/systems.xhtml", ""));

        assertEquals("<script async src=\"https://waymark.example.com/p/crm/test/loader.js\"></script>", lines.get("test"));
    }

    @Test
    void aPublicAddressThatIsNoneIsRefusedByName() {
        System.setProperty("dap.public.url", "waymark.example.com");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> snippets.of(CRM, request("http://10.0.0.5:8080/", "")));
        assertTrue(refused.getMessage().startsWith("DAP_PUBLIC_URL must be"), refused.getMessage());
    }

    /** Only what the snippets read of a request: its URL, its path and the context path. */
    private static HttpServletRequest request(String url, String contextPath) {
        String path = url.substring(url.indexOf('/', url.indexOf("://") + 3));
        return (HttpServletRequest) Proxy.newProxyInstance(SnippetsTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getRequestURL" -> new StringBuffer(url);
                    case "getRequestURI" -> path;
                    case "getContextPath" -> contextPath;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
