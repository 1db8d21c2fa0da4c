package org.sovereigntywatch.benchmark;

import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.NewApiToken;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Sort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read-only API's costs (issue 19), through HTTP on the loopback as a script meets them, with a token of each of
 * the benchmark's viewer and reviewer: a page of 100 concerns in several filters and orders, deep in a cursor walk
 * too, and of events and measures; and a full NDJSON pull of every event beside the events CSV export of the same rows, with the heap it keeps.
 * The tokens are made for the run and revoked after it.
 */
final class ApiBenchmark {

    private static final int PAGE = 100;
    private static final int WARMUP = 20;
    private static final int RUNS = 200;
    /** How far the cursor walk goes before its page is timed: a script 5,000 concerns into a pull. */
    private static final int DEEP_PAGES = 50;
    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;
    private final ImportBenchmark.Figures figures;
    private final RunAs runAs;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ApiBenchmark(ConfigurableApplicationContext context, ImportBenchmark.Figures figures) {
        this.context = context;
        this.figures = figures;
        this.runAs = context.getBean(RunAs.class);
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    void run() throws Exception {
        ApiTokenService tokens = context.getBean(ApiTokenService.class);
        List<Runnable> revoke = new ArrayList<>();
        try {
            String viewer = token(tokens, "bench-viewer", revoke);
            String reviewer = token(tokens, "bench-reviewer", revoke);
            pages(viewer, reviewer);
            pull(reviewer);
        } finally {
            revoke.forEach(Runnable::run);
        }
    }

    private void pages(String viewer, String reviewer) {
        String day = Instant.now().minus(1, ChronoUnit.DAYS).toString();
        String[][] pages = {
                {"first page, default order (by last change)", ""},
                {"jurisdiction US, level HIGH", "&jurisdiction=US&level=HIGH"},
                {"by score, descending", "&sort=-score"},
                {"open only, by next review", "&openOnly=true&sort=nextReview"},
                {"words in the text", "&q=transfer"},
                {"changed in the last day", "&changedSince=" + day}};
        for (String[] page : pages) {
            String address = "/api/v1/concerns?limit=" + PAGE + page[1];
            timePage("concerns, " + page[0], viewer, reviewer, address, address);
        }
        timePage("concerns, page " + DEEP_PAGES + " of a cursor walk", viewer, reviewer, deep(viewer), deep(reviewer));
        String[][] others = {
                {"events, first page, default order (by last change)", "/api/v1/events?limit=" + PAGE},
                {"events of US, by date", "/api/v1/events?limit=" + PAGE + "&jurisdiction=US&sort=date"},
                {"measures with their events, first page", "/api/v1/measures?limit=" + PAGE},
                {"measures with their events, by title", "/api/v1/measures?limit=" + PAGE + "&sort=title"}};
        for (String[] page : others) {
            timePage(page[0], viewer, reviewer, page[1], page[1]);
        }
    }

    /** @param what what the page holds and how it is asked for: "concerns, by score, descending" */
    private void timePage(String what, String viewer, String reviewer, String viewerAddress, String reviewerAddress) {
        Stopwatch.Percentiles asViewer = Stopwatch.time(WARMUP, RUNS, () -> get(viewer, viewerAddress));
        Stopwatch.Percentiles asReviewer = Stopwatch.time(WARMUP, RUNS, () -> get(reviewer, reviewerAddress));
        double p95 = Math.max(asViewer.p95(), asReviewer.p95());
        figures.add("API: a page of " + PAGE + " " + what + ", viewer / reviewer, p50 / p95 ms",
                asViewer.text() + " · " + asReviewer.text(), "p95 ≤ 50 ms", p95 <= 50 ? "met" : "MISSED");
    }

    /** The address of the page {@value #DEEP_PAGES} pages into the default order, as the token's owner walks it. */
    private String deep(String token) {
        String address = "/api/v1/concerns?limit=" + PAGE;
        for (int i = 1; i < DEEP_PAGES; i++) {
            Matcher next = NEXT_CURSOR.matcher(get(token, address));
            if (!next.find()) {
                return address;
            }
            address = "/api/v1/concerns?limit=" + PAGE + "&cursor=" + next.group(1);
        }
        return address;
    }

    /**
     * Every event as NDJSON over HTTP, counted line by line as it arrives, beside the events CSV the application
     * writes of the same rows for the same user: a warm-up, a timed run, then a run forcing full collections to see
     * what the pull keeps.
     */
    private void pull(String reviewer) {
        EventService events = context.getBean(EventService.class);
        double csvRate = 0;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            long rows = runAs.user("bench-reviewer", () -> csv(events));
            csvRate = rows / ((System.nanoTime() - start) / 1e9);
        }
        long lines = 0;
        double seconds = 0;
        long liveGrowth = 0;
        long sampledGrowth = 0;
        for (int run = 0; run < 3; run++) {
            boolean measureLiveHeap = run == 2;
            try (HeapWatch heap = new HeapWatch(measureLiveHeap)) {
                long start = System.nanoTime();
                long read = lines(reviewer, "/api/v1/events.ndjson");
                if (measureLiveHeap) {
                    liveGrowth = heap.liveGrowthBytes();
                } else {
                    lines = read;
                    seconds = (System.nanoTime() - start) / 1e9;
                    sampledGrowth = heap.sampledGrowthBytes();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double rate = lines / seconds;
        figures.add("API: NDJSON pull of every event: rows", "%,d".formatted(lines), "1,000,000",
                lines >= 900_000 ? "ok" : "fewer rows");
        figures.add("API: NDJSON pull, rows per second (events CSV export of the same rows)",
                "%,.0f in %.1f s (CSV %,.0f)".formatted(rate, seconds, csvRate), "≥ the CSV's",
                rate >= csvRate ? "met" : "MISSED");
        figures.add("API: NDJSON pull, live heap growth (peak after full GCs every 200 ms)",
                "%.1f MB".formatted(liveGrowth / 1e6), "≤ 64 MB", liveGrowth <= 64e6 ? "met" : "MISSED");
        figures.add("API: NDJSON pull, sampled heap growth, garbage included", "%.1f MB".formatted(sampledGrowth / 1e6),
                "(information)", "");
    }

    private static long csv(EventService events) {
        try {
            return events.exportCsv(EventFilter.ALL, Sort.unsorted(), OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String token(ApiTokenService tokens, String username, List<Runnable> revoke) {
        NewApiToken made = runAs.user(username, () -> tokens.create("benchmark " + Instant.now(), 7));
        revoke.add(() -> runAs.user(username, () -> {
            tokens.revoke(made.token().id());
            return null;
        }));
        return made.secret();
    }

    private String get(String token, String address) {
        try {
            HttpResponse<String> response = http.send(request(token, address), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(address + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lines of the answer, counted as they arrive, nothing kept. */
    private long lines(String token, String address) {
        try (InputStream body = http.send(request(token, address), HttpResponse.BodyHandlers.ofInputStream()).body()) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(String token, String address) {
        return HttpRequest.newBuilder(URI.create(base + address)).header("Authorization", "Bearer " + token).GET().build();
    }
}
