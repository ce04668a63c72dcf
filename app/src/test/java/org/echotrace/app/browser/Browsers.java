package org.echotrace.app.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts Debian's Chromium through Playwright; Playwright never downloads a browser here. Without a
 * Chromium the browser tests are skipped, unless {@code ECHOTRACE_REQUIRE_BROWSER=1} (as in CI) makes
 * that a failure.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ECHOTRACE_CHROMIUM", "/usr/bin/chromium"));

    private Browsers() {
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    static Playwright start() {
        boolean required = "1".equals(System.getenv("ECHOTRACE_REQUIRE_BROWSER"));
        if (!required) {
            assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + "; browser test skipped");
        }
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }
}
