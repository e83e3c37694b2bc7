package org.resilienceroadmap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scoring workshop: the working group of one city scores its assessment at once, each person
 * through the API ({@code PUT /api/v1/assessments/{id}/answers/{code}}, with their own API token) with
 * the version they last saw. Each person keeps to their share of the questions (as a workshop
 * splits the scorecard) and saves them again and again with a new score and note, a second apart on
 * average. Afterwards every
 * question must hold exactly one answer, and it must be the last one its person was told was saved.
 */
final class Workshop {

    record Outcome(Latency saves, long errors, String firstError, int questions, int lost, int doubled) {}

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final int port;
    private final CityWalk.ScoringCity city;

    Workshop(int port, CityWalk.ScoringCity city) {
        this.port = port;
        this.city = city;
    }

    /** Runs the workshop; {@code stored} reads back the answers (question code → how many rows, and the last note). */
    Outcome run(Duration duration, Stored stored) throws Exception {
        Latency saves = new Latency();
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstError =
                new java.util.concurrent.atomic.AtomicReference<>();
        Map<String, String> lastSaved = new ConcurrentHashMap<>();
        List<String> people = city.members();
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        long end = System.nanoTime() + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            int person = p;
            running.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                String token = city.tokens().get(person);
                List<String> mine = new ArrayList<>();
                for (int q = person; q < city.questions().size(); q += people.size()) {
                    mine.add(city.questions().get(q));
                }
                Map<String, Long> versions = new HashMap<>();
                java.util.Random random = new java.util.Random(person);
                int round = 0;
                while (System.nanoTime() < end && !mine.isEmpty()) {
                    String code = mine.get(round % mine.size());
                    String note = people.get(person) + " save " + round;
                    Long version = versions.get(code);
                    String body = String.format(
                            Locale.ROOT,
                            "{\"score\": %d, \"comment\": \"%s\", \"version\": %s}",
                            round % 4, // the preliminary scorecard scores 0 to 3
                            note,
                            version == null ? "null" : version.toString());
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + "/api/v1/assessments/" + city.assessmentId() + "/answers/" + code))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .PUT(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    saves.add(System.nanoTime() - t0);
                    Matcher saved = VERSION.matcher(response.body());
                    if (response.statusCode() == 200 && saved.find()) {
                        versions.put(code, Long.valueOf(saved.group(1)));
                        lastSaved.put(code, note);
                    } else if (errors.incrementAndGet() == 1) {
                        firstError.set(response.statusCode() + " " + response.body());
                    }
                    round++;
                    // A person reads the next question and talks it over before saving again: a second on
                    // average, which is far busier than a real workshop (40 saves a second for the room).
                    Thread.sleep(500 + random.nextInt(1000));
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        Map<String, Stored.Row> rows = stored.read(city.assessmentId());
        int lost = 0;
        int doubled = 0;
        for (Map.Entry<String, String> saved : lastSaved.entrySet()) {
            Stored.Row row = rows.get(saved.getKey());
            if (row == null || !saved.getValue().equals(row.comment())) {
                lost++;
            }
            if (row != null && row.count() > 1) {
                doubled++;
            }
        }
        return new Outcome(saves, errors.get(), firstError.get(), lastSaved.size(), lost, doubled);
    }

    /** The answers as the database holds them. */
    interface Stored {
        record Row(long count, String comment) {}

        Map<String, Row> read(Long assessmentId);
    }
}
