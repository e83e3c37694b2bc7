package org.resilienceroadmap.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent clients on loopback against a running node: each signs in once through the login form,
 * as the browser does, then loops over the read API for a fixed time — tasks as a city's member, the
 * action register as a country's coordinator, the programme's indicators as the donor, a city as
 * its chair, the portfolio as the region's coordinator. Requests per second over all clients, and
 * latency per endpoint; a request that fails or answers anything but 200 is an error.
 */
final class HttpLoad {

    record Outcome(
            double requestsPerSecond, long requests, long errors, Latency all, Map<String, Latency> byEndpoint) {}

    private final int port;
    private final ScaleSettings scale;
    private final Long programmeId;
    private final Map<String, Long> cityIds;

    HttpLoad(int port, ScaleSettings scale, Long programmeId, Map<String, Long> cityIds) {
        this.port = port;
        this.scale = scale;
        this.programmeId = programmeId;
        this.cityIds = cityIds;
    }

    /** The read mix, one request of each in turn: who asks, and what. */
    private record Read(String name, String person, String path) {}

    Outcome run(int clients, Duration duration) throws Exception {
        Map<String, Latency> byEndpoint = new LinkedHashMap<>();
        for (Read read : mix(1)) {
            byEndpoint.put(read.name(), new Latency());
        }
        Latency all = new Latency();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // Everyone signs in first (a password check is a deliberate tenth of a second), then the clock starts.
        java.util.concurrent.CyclicBarrier ready = new java.util.concurrent.CyclicBarrier(clients);
        long[] window = new long[2];
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                List<Read> reads = mix(1 + (client * 7919) % scale.cities());
                Map<String, String> sessions = new LinkedHashMap<>();
                for (Read read : reads) {
                    if (!sessions.containsKey(read.person())) {
                        sessions.put(read.person(), signIn(http, port, read.person()));
                    }
                }
                ready.await();
                synchronized (window) {
                    if (window[0] == 0) {
                        window[0] = System.nanoTime();
                        window[1] = window[0] + duration.toNanos();
                    }
                }
                long end = window[1];
                int i = client;
                while (System.nanoTime() < end) {
                    Read read = reads.get(i++ % reads.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + read.path()))
                            .header("Cookie", "JSESSIONID=" + sessions.get(read.person()))
                            .timeout(Duration.ofSeconds(30))
                            .build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.ofByteArray())
                                .statusCode();
                    } catch (java.io.IOException e) {
                        status = -1;
                    }
                    long took = System.nanoTime() - t0;
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                    all.add(took);
                    byEndpoint.get(read.name()).add(took);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        return new Outcome(all.count() / seconds, all.count(), errors.get(), all, byEndpoint);
    }

    /**
     * What a client asks for, as the people of city {@code n}: tasks as its member, the action register
     * as its country's coordinator, the programme's indicators as the donor, the city as its chair and
     * the portfolio's first page as the region's coordinator.
     */
    private List<Read> mix(int n) {
        String city = ScaleNames.city(scale.countryOf(n), n);
        return List.of(
                new Read("GET /api/v1/tasks", ScaleNames.member(city), "/api/v1/tasks?page=0&size=50"),
                new Read(
                        "GET /api/v1/actions",
                        ScaleNames.countryCoordinator(scale.countryOf(n)),
                        "/api/v1/actions?status=APPROVED&essential=2&page=0&size=50"),
                new Read(
                        "GET /api/v1/programmes/{id}/indicators",
                        ScaleNames.DONOR,
                        "/api/v1/programmes/" + programmeId + "/indicators?page=0&size=50"),
                new Read(
                        "GET /api/v1/jurisdictions/{id}",
                        ScaleNames.chair(city),
                        "/api/v1/jurisdictions/" + cityIds.get(city)),
                new Read("GET /api/v1/portfolio", ScaleNames.REGION_COORDINATOR, "/api/v1/portfolio?page=0&size=25"));
    }

    /** One person's requests to one path, one after another: the latency of that read with nothing else running. */
    Latency serial(String username, String path, int warmUp, int rounds) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String session = signIn(http, port, username);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", "JSESSIONID=" + session)
                .build();
        return Latency.of(warmUp, rounds, () -> {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.ofByteArray())
                        .statusCode();
                if (status != 200) {
                    throw new IllegalStateException(path + " answered " + status);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The login form's POST, as vaadin-login-form sends it; answers the signed-in session id. */
    static String signIn(HttpClient http, int port, String username) throws Exception {
        HttpResponse<Void> page = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String before = sessionOf(page);
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(ScaleNames.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<Void> login = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + before)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + login.statusCode() + " " + location);
        }
        return sessionOf(login);
    }

    private static String sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }
}
