package org.resilienceroadmap.support;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver (packages chromium and chromium-driver), as the
 * browser journeys and the benchmark's pages use it: nothing downloaded, a profile of its own, English.
 */
public final class HeadlessChromium {

    public static final String CHROMIUM = System.getProperty("rr.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("rr.chromedriver", "/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** A browser with its own profile directory, 1400 × 1000, its driver run with this environment (e.g. TZ). */
    public static ChromeDriver start(Path profile, Map<String, String> environment) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=en",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(environment)
                .build();
        return new ChromeDriver(service, options);
    }
}
