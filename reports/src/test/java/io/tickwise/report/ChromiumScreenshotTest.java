package io.tickwise.report;

import io.tickwise.report.testdata.Synthetic;
import io.tickwise.report.testdata.SyntheticValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Renders a report in headless Chromium and checks that the screenshot shows a page with
 * charts. Skipped where Chromium is absent, except on CI (CI=true), which must install it.
 * Set TICKWISE_SCREENSHOT_DIR to keep the screenshot for a look.
 */
class ChromiumScreenshotTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2000;

    @Test
    void theReportRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = onPath("chromium");
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(chromium.isPresent(), "chromium is not on PATH (Debian package chromium); CI must have it");
        }
        assertTrue(chromium.isPresent(), "CI=true but chromium is not on PATH: apt-get install -y chromium");

        Path report = HtmlReport.write(dir.resolve("report.html"),
                List.of(Synthetic.intel().build(), Synthetic.amd().build()), Optional.of(SyntheticValidation.twoBackends()));
        Path screenshot = Optional.ofNullable(System.getenv("TICKWISE_SCREENSHOT_DIR"))
                .map(d -> Path.of(d).resolve("report.png"))
                .orElse(dir.resolve("report.png"));
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);

        Path log = dir.resolve("chromium.log");
        Process process = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"),
                "--screenshot=" + screenshot, "--window-size=" + WIDTH + "," + HEIGHT, report.toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(finished, "chromium did not finish within 120 s:\n" + Files.readString(log));
        assertTrue(Files.size(screenshot) > 0, "no screenshot; chromium said:\n" + Files.readString(log));

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        long sampled = (long) (WIDTH / 2) * (HEIGHT / 2);
        // Text, tables and the charts' lines and bands: a blank or error page has far less of both.
        assertTrue(colours.size() > 200, "only " + colours.size() + " distinct colours");
        assertTrue(inked > sampled / 50, "only " + inked + " of " + sampled + " sampled pixels are not white");
        for (String system : List.of("multicore-unikernel", "ubuntu-vm-threads")) {
            int rgb = io.tickwise.report.chart.SystemStyle.of(system).colour().getRGB() & 0xFFFFFF;
            assertTrue(colours.contains(rgb), system + "'s colour appears on the page");
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
