package org.resilienceroadmap.security;

import static org.resilienceroadmap.security.AuthorizationMatrix.Subject.*;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected answer of every REST endpoint and every page, per demo account and per object the
 * call is about. Each line of a row names an object and gives one answer per account, in the order
 * of {@link #ACCOUNTS}: an HTTP status for the API; for pages {@code A} (shown), {@code N} (its "does
 * not exist or is outside your scope" text), {@code D} (access denied) or {@code L} (sent to sign in).
 *
 * <p>Writes are called with a body the server refuses only after it has decided who may act, so the
 * account that may act gets a 400/409 and stores nothing, and everyone else the 403 or 404 the
 * decision gives. The few writes that succeed harmlessly (claiming a task, marking a notice read) are
 * put back after each call ({@link Hook}).
 */
final class AuthorizationMatrix {

    static final String ANONYMOUS = "anonymous";

    /** Columns: Dushanbe's working group, Tajikistan's and Central Asia's coordinators, Kraljevo, Serbia, the EU donor, admin, nobody. */
    static final List<String> ACCOUNTS = List.of(
            "member.dushanbe",
            "chair.dushanbe",
            "coordinator.tajikistan",
            "coordinator.centralasia",
            "chair.kraljevo",
            "coordinator.serbia",
            "donor.eu",
            "admin",
            ANONYMOUS);

    /**
     * What a call is about, named by where it lies. Dushanbe is the working group's own city, Tajikistan
     * its parent, Almaty and the fresh test city in Kazakhstan ("Kazakh") a sibling country's cities
     * (within Central Asia and the EU programme), Kraljevo and its Serbian data outside all of that;
     * the EU programme is donor.eu's, DIPECHO another programme over Central Asia. {@code NO_*} ids exist nowhere.
     */
    enum Subject {
        NONE,
        DUSHANBE,
        TAJIKISTAN,
        ALMATY,
        KRALJEVO,
        PIROT,
        NO_JURISDICTION,
        DUSHANBE_ASSESSMENT,
        KAZAKH_ASSESSMENT,
        KRALJEVO_ASSESSMENT,
        NO_ASSESSMENT,
        KAZAKH_STRATEGY,
        KRALJEVO_STRATEGY,
        NO_STRATEGY,
        KAZAKH_ACTION,
        KRALJEVO_ACTION,
        NO_ACTION,
        KAZAKH_PLAN_REVIEW,
        NO_PLAN_REVIEW,
        DUSHANBE_TASK,
        KAZAKH_TASK,
        KRALJEVO_TASK,
        PROGRAMME_TASK,
        NO_TASK,
        EU_PROGRAMME,
        DIPECHO_PROGRAMME,
        NO_PROGRAMME,
        EU_REPORT,
        NO_REPORT,
        EU_SUBMISSION,
        NO_SUBMISSION,
        CHAIRS_NOTICE,
        NO_NOTICE,
        APPROVAL_TABLE,
        NO_APPROVAL_TABLE,
        KRALJEVO_HUB,
        NO_HUB,
        NO_API_TOKEN,
        NO_ENGINE_JOB,
        PRELIMINARY_TEMPLATE,
        NO_TEMPLATE
    }

    /** What is put right around each call of a row, so that every call meets the same state. */
    enum Hook {
        NONE,
        /** After the call the task has its assignee of before (a claim that passed is undone). */
        RESTORE_ASSIGNEE,
        /** Before the call the task's candidate holds it; after it, the assignee of before is back. */
        HELD_BY_CANDIDATE
    }

    /** A request body: none, JSON, or multipart parts (a {@link FilePart} or a text value). */
    record Probe(String json, Map<String, Object> parts) {
        static final Probe EMPTY = new Probe(null, null);
    }

    record FilePart(String name, byte[] content) {}

    record Line(Subject subject, List<String> answers) {}

    record Row(String endpoint, String query, Probe probe, Hook hook, List<Line> lines) {
        String method() {
            return endpoint.split(" ")[0];
        }

        String pattern() {
            return endpoint.split(" ")[1];
        }
    }

    record Route(String template, List<Line> lines) {}

    private static final byte[] NOT_A_FILE = "this is neither a workbook nor a table\u0000\u0001".getBytes();
    private static final byte[] PDF = "%PDF-1.4\n%probe\n".getBytes();
    private static final String NEVER = "999999999";
    private static final Probe PIN_ANSWER = new Probe("{\"answer\":\"Fixed in the draft\"}", null);

    static final List<Row> ENDPOINTS = List.of(
            // ---- who am I, lists in the caller's scope ----
            read("GET /api/v1/me", on(NONE, "200 200 200 200 200 200 200 200 401")),
            read("GET /api/v1/jurisdictions", on(NONE, "200 200 200 200 200 200 200 200 401")),
            read("GET /api/v1/tasks", on(NONE, "200 200 200 200 200 200 200 200 401")),
            read("GET /api/v1/actions", on(NONE, "200 200 200 200 200 200 200 200 401")),
            read("GET /api/v1/actions.xlsx", on(NONE, "200 200 200 200 200 200 200 200 401")),
            read("GET /api/v1/actions.csv", on(NONE, "200 200 200 200 200 200 200 200 401")),
            read("GET /api/v1/programmes", on(NONE, "200 200 200 200 200 200 200 200 401")),
            // The portfolio is the coordinators', donors' and admins' only: a chair or member has none.
            read("GET /api/v1/portfolio", on(NONE, "403 403 200 200 403 200 200 200 401")),
            read("GET /api/v1/portfolio.xlsx", on(NONE, "403 403 200 200 403 200 200 200 401")),
            read("GET /api/v1/portfolio.csv", on(NONE, "403 403 200 200 403 200 200 200 401")),
            read("GET /api/v1/hubs", on(NONE, "200 200 200 200 200 200 200 200 401")),
            // Kraljevo's hub is read by those who see Kraljevo or a city it supports (all in Serbia).
            read(
                    "GET /api/v1/hubs/{id}",
                    on(KRALJEVO_HUB, "404 404 404 404 200 200 404 200 401"),
                    on(NO_HUB, "404 404 404 404 404 404 404 404 401")),
            read("GET /api/v1/scorecard-templates", on(NONE, "200 200 200 200 200 200 200 200 401")),
            read(
                    "GET /api/v1/scorecard-templates/{id}/questions",
                    on(PRELIMINARY_TEMPLATE, "200 200 200 200 200 200 200 200 401"),
                    on(NO_TEMPLATE, "404 404 404 404 404 404 404 404 401")),
            // ---- cities side by side: coordinators, donors and admins, within their scope ----
            read("GET /api/v1/comparison/subjects", on(NONE, "403 403 200 200 403 200 200 200 401")),
            read("GET /api/v1/comparison/{kind}/{id}/essentials", comparisonSubjects()),
            read("GET /api/v1/comparison/{kind}/{id}/stages-over-time", comparisonSubjects()),
            read("GET /api/v1/comparison/{kind}/{id}/stage-days", comparisonSubjects()),
            read("GET /api/v1/notifications", on(NONE, "200 200 200 200 200 200 200 200 401")),
            read("GET /api/v1/notifications/unread-count", on(NONE, "200 200 200 200 200 200 200 200 401")),

            // ---- one's own notifications ----
            write("POST /api/v1/notifications/read-all", Probe.EMPTY, on(NONE, "200 200 200 200 200 200 200 200 401")),
            write("PUT /api/v1/me/weekly-digest", json("{}"), on(NONE, "400 400 400 400 400 400 400 400 401")),
            write(
                    "POST /api/v1/notifications/{id}/read",
                    Probe.EMPTY,
                    on(CHAIRS_NOTICE, "404 200 404 404 404 404 404 404 401"),
                    on(NO_NOTICE, "404 404 404 404 404 404 404 404 401")),

            // ---- one's own API tokens (made and revoked by their person; the service test covers others' tokens) ----
            read("GET /api/v1/me/tokens", on(NONE, "200 200 200 200 200 200 200 200 401")),
            write("POST /api/v1/me/tokens", json("{}"), on(NONE, "400 400 400 400 400 400 400 400 401")),
            write(
                    "DELETE /api/v1/me/tokens/{id}",
                    Probe.EMPTY,
                    on(NO_API_TOKEN, "404 404 404 404 404 404 404 404 401")),

            // ---- administration (admin only) ----
            read("GET /api/v1/admin/audit", on(NONE, "403 403 403 403 403 403 403 200 401")),
            read("GET /api/v1/admin/incidents", on(NONE, "403 403 403 403 403 403 403 200 401")),
            write(
                    "POST /api/v1/admin/incidents/jobs/{jobId}/retry",
                    Probe.EMPTY,
                    on(NO_ENGINE_JOB, "403 403 403 403 403 403 403 404 401")),
            write(
                    "POST /api/v1/admin/jurisdictions",
                    json("{\"code\":\"x\",\"name\":\"Probe\",\"level\":\"CITY\"}"),
                    on(NONE, "403 403 403 403 403 403 403 400 401")),
            write(
                    "POST /api/v1/admin/accounts",
                    json("{\"username\":\"X!\",\"displayName\":\"Probe\",\"role\":\"MEMBER\"}"),
                    on(NONE, "403 403 403 403 403 403 403 400 401")),
            write(
                    "POST /api/v1/scorecard-templates consumes multipart/form-data",
                    file("file", "probe.yaml", NOT_A_FILE),
                    on(NONE, "403 403 403 403 403 403 403 400 401")),
            write("POST /api/v1/programmes", json("{}"), on(NONE, "403 403 403 403 403 403 403 400 401")),
            // The approval table of actions: everyone signed in reads it, only admins upload (a file that is no DMN:
            // 400).
            read("GET /api/v1/approval-table", on(NONE, "200 200 200 200 200 200 200 200 401")),
            read("GET /api/v1/approval-table/versions", on(NONE, "200 200 200 200 200 200 200 200 401")),
            read(
                    "GET /api/v1/approval-table/versions/{version}",
                    on(APPROVAL_TABLE, "200 200 200 200 200 200 200 200 401"),
                    on(NO_APPROVAL_TABLE, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/approval-table consumes multipart/form-data",
                    file("file", "probe.dmn", NOT_A_FILE),
                    on(NONE, "403 403 403 403 403 403 403 400 401")),

            // ---- jurisdictions ----
            read("GET /api/v1/jurisdictions/{id}", jurisdictionsSeen()),
            read("GET /api/v1/jurisdictions/{id}/assessments", jurisdictionsSeen()),
            read("GET /api/v1/jurisdictions/{id}/strategies", jurisdictionsSeen()),
            write(
                    "POST /api/v1/jurisdictions/{id}/join",
                    json("{\"joinedOn\":\"2021-01-01\"}"),
                    // Only jurisdictions that joined already: elsewhere the call would start a roadmap.
                    on(DUSHANBE, "403 403 409 409 404 404 403 409 401"),
                    on(KRALJEVO, "404 404 404 404 403 409 404 409 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/jurisdictions/{id}/assessments",
                    json("{\"template\":\"no-such-template\"}"),
                    chairOfJurisdiction()),
            // An entry at stage B or C: read in scope (Dushanbe entered at A: none); its evidence only by the city's
            // chair.
            read(
                    "GET /api/v1/jurisdictions/{id}/entry",
                    on(PIROT, "404 404 404 404 404 200 404 200 401"),
                    on(DUSHANBE, "404 404 404 404 404 404 404 404 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            read(
                    "GET /api/v1/jurisdictions/{id}/entry/document",
                    on(PIROT, "404 404 404 404 404 200 404 200 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/jurisdictions/{id}/entry/evidence consumes multipart/form-data",
                    parts("document", new FilePart("probe.exe", NOT_A_FILE)),
                    on(PIROT, "404 404 404 404 404 403 404 403 401"),
                    on(DUSHANBE, "404 404 404 404 404 404 404 404 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            read("GET /api/v1/jurisdictions/stage-times", on(NONE, "200 200 200 200 200 200 200 200 401")),
            // A hub application: only a city's chair, and only in stage C (Dushanbe is not; Kraljevo is a hub already).
            write(
                    "POST /api/v1/jurisdictions/{id}/hub-application",
                    json("{}"),
                    on(DUSHANBE, "403 409 403 403 404 404 403 403 401"),
                    on(TAJIKISTAN, "404 404 403 403 404 404 403 403 401"),
                    on(ALMATY, "404 404 404 403 404 404 403 403 401"),
                    on(KRALJEVO, "404 404 404 404 409 403 404 403 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            // ---- a city's public page: read in scope; proposed by its chair (Kraljevo's is published already:
            // 409; Dushanbe's chair would propose it, so it is left out); withdrawn by the chair or a coordinator
            // (a stale version: 409; nothing open: 409) ----
            read("GET /api/v1/jurisdictions/{id}/publication", jurisdictionsSeen()),
            write(
                    "POST /api/v1/jurisdictions/{id}/publication",
                    Probe.EMPTY,
                    on(TAJIKISTAN, "404 404 403 403 404 404 403 403 401"),
                    on(ALMATY, "404 404 404 403 404 404 403 403 401"),
                    on(KRALJEVO, "404 404 404 404 409 403 404 403 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/jurisdictions/{id}/publication/withdraw",
                    json("{\"version\":-1}"),
                    on(DUSHANBE, "403 409 409 409 404 404 403 409 401"),
                    on(TAJIKISTAN, "404 404 409 409 404 404 403 409 401"),
                    on(KRALJEVO, "404 404 404 404 409 409 404 409 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            // ---- stage-gate checklists: read in scope; ticked by the chair or a coordinator (no evidence: 400) ----
            read("GET /api/v1/jurisdictions/{id}/gates/{gate}/checklist", jurisdictionsSeen()),
            write(
                    "POST /api/v1/jurisdictions/{id}/gates/{gate}/checklist/{item}/tick consumes multipart/form-data",
                    parts("note", "Probe"),
                    on(DUSHANBE, "403 400 400 400 404 404 403 400 401"),
                    on(TAJIKISTAN, "404 404 400 400 404 404 403 400 401"),
                    on(ALMATY, "404 404 404 400 404 404 403 400 401"),
                    on(KRALJEVO, "404 404 404 404 400 400 404 400 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            read(
                    "GET /api/v1/jurisdictions/{id}/gates/evidence/{tickId}",
                    on(DUSHANBE, "404 404 404 404 404 404 404 404 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            // Configured per country (admins, its coordinators) or programme (admins, coordinators of all it covers).
            read(
                    "GET /api/v1/gate-checklists/{kind}/{scopeId}/{gate}",
                    on(TAJIKISTAN, "404 404 200 200 404 404 403 200 401"),
                    on(DUSHANBE, "404 404 404 404 404 404 404 404 401"),
                    on(EU_PROGRAMME, "404 404 403 200 404 404 403 200 401"),
                    on(DIPECHO_PROGRAMME, "404 404 403 200 404 404 404 200 401"),
                    on(NO_PROGRAMME, "404 404 404 404 404 404 404 404 401")),
            write(
                    "PUT /api/v1/gate-checklists/{kind}/{scopeId}/{gate}",
                    json("{\"items\":[{\"kind\":null}]}"),
                    on(TAJIKISTAN, "404 404 400 400 404 404 403 400 401"),
                    on(EU_PROGRAMME, "404 404 403 400 404 404 403 400 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            // Nothing is configured: forgetting it changes nothing.
            write(
                    "DELETE /api/v1/gate-checklists/{kind}/{scopeId}/{gate}",
                    Probe.EMPTY,
                    on(TAJIKISTAN, "404 404 204 204 404 404 403 204 401"),
                    on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/jurisdictions/{id}/strategies",
                    json("{\"title\":\"Probe\",\"periodStart\":\"2030-01-01\",\"periodEnd\":\"2025-01-01\"}"),
                    chairOfJurisdiction()),

            // ---- assessments ----
            read("GET /api/v1/assessments/{id}", assessmentsSeen()),
            read("GET /api/v1/assessments/{id}/results", assessmentsSeen()),
            read("GET /api/v1/assessments/{id}/workbook.xlsx", assessmentsSeen()),
            read("GET /api/v1/assessments/{id}/participants", assessmentsSeen()),
            write(
                    "PUT /api/v1/assessments/{id}/assignments",
                    json("{\"99\":\"nobody\"}"),
                    on(DUSHANBE_ASSESSMENT, "403 400 403 403 404 404 403 403 401"),
                    on(KAZAKH_ASSESSMENT, "404 404 404 403 404 404 403 403 401"),
                    on(KRALJEVO_ASSESSMENT, "404 404 404 404 400 403 404 403 401"),
                    on(NO_ASSESSMENT, "404 404 404 404 404 404 404 404 401")),
            // One answer: only Kraljevo's demo assessment has P1.1 scored; elsewhere whoever sees it gets the 404 of no
            // answer.
            read(
                    "GET /api/v1/assessments/{id}/answers/{questionCode}",
                    on(DUSHANBE_ASSESSMENT, "404 404 404 404 404 404 404 404 401"),
                    on(KAZAKH_ASSESSMENT, "404 404 404 404 404 404 404 404 401"),
                    on(KRALJEVO_ASSESSMENT, "404 404 404 404 200 200 404 200 401"),
                    on(NO_ASSESSMENT, "404 404 404 404 404 404 404 404 401")),
            // Neither assessment is being scored: the working group's answer is a 409.
            write(
                    "PUT /api/v1/assessments/{id}/answers/{questionCode}",
                    json("{\"score\":0}"),
                    workingGroupOfAssessmentNotScoring()),
            // Evidence files change only while scoring: the working group's upload or removal is a 409.
            read("GET /api/v1/assessments/{id}/answers/{questionCode}/evidence", assessmentsSeen()),
            write(
                    "POST /api/v1/assessments/{id}/answers/{questionCode}/evidence consumes multipart/form-data",
                    parts("file", new FilePart("probe.pdf", PDF)),
                    workingGroupOfAssessmentNotScoring()),
            write(
                    "DELETE /api/v1/assessments/{id}/evidence/{fileId}",
                    Probe.EMPTY,
                    workingGroupOfAssessmentNotScoring()),
            // No evidence file of the demo assessments exists: whoever sees one gets the 404 of a missing file.
            read(
                    "GET /api/v1/assessments/{id}/evidence/{fileId}",
                    on(DUSHANBE_ASSESSMENT, "404 404 404 404 404 404 404 404 401"),
                    on(KAZAKH_ASSESSMENT, "404 404 404 404 404 404 404 404 401"),
                    on(KRALJEVO_ASSESSMENT, "404 404 404 404 404 404 404 404 401"),
                    on(NO_ASSESSMENT, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/assessments/{id}/findings",
                    json("{\"essential\":1,\"gap\":\"Probe\"}"),
                    chairOfAssessmentNotConsolidating()),
            write(
                    "PUT /api/v1/assessments/{id}/findings/{findingId}",
                    json("{\"essential\":1,\"gap\":\"Probe\"}"),
                    chairOfAssessmentNotConsolidating()),
            write(
                    "DELETE /api/v1/assessments/{id}/findings/{findingId}",
                    Probe.EMPTY,
                    chairOfAssessmentNotConsolidating()),
            write(
                    "POST /api/v1/assessments/{id}/findings/{findingId}/merge",
                    json("{\"mergedId\":1}"),
                    chairOfAssessmentNotConsolidating()),
            write(
                    "POST /api/v1/assessments/{id}/participants",
                    json("{\"username\":\"nobody.at.all\"}"),
                    on(DUSHANBE_ASSESSMENT, "403 400 403 403 404 404 403 403 401"),
                    on(KAZAKH_ASSESSMENT, "404 404 404 403 404 404 403 403 401"),
                    on(KRALJEVO_ASSESSMENT, "404 404 404 404 409 403 404 403 401"),
                    on(NO_ASSESSMENT, "404 404 404 404 404 404 404 404 401")),
            // An import is the working group's scoring: others may read the assessment, not import into it.
            write(
                    "POST /api/v1/assessments/{id}/workbook consumes multipart/form-data",
                    parts("file", new FilePart("probe.xlsx", NOT_A_FILE), "dryRun", "false"),
                    on(DUSHANBE_ASSESSMENT, "400 400 403 403 404 404 403 403 401"),
                    on(KAZAKH_ASSESSMENT, "404 404 404 403 404 404 403 403 401"),
                    on(KRALJEVO_ASSESSMENT, "404 404 404 404 400 403 404 403 401"),
                    on(NO_ASSESSMENT, "404 404 404 404 404 404 404 404 401")),

            // ---- tasks ----
            // A task is read by whoever sees its jurisdiction, as the task page shows it; acting on it is the
            // candidates' (the rows below).
            read(
                    "GET /api/v1/tasks/{id}",
                    on(DUSHANBE_TASK, "200 200 200 200 404 404 200 200 401"),
                    on(KAZAKH_TASK, "404 404 404 200 404 404 200 200 401"),
                    on(KRALJEVO_TASK, "404 404 404 404 200 200 404 200 401"),
                    on(PROGRAMME_TASK, "404 404 404 200 404 404 200 200 401"),
                    on(NO_TASK, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/tasks/{id}/claim",
                    Probe.EMPTY,
                    Hook.RESTORE_ASSIGNEE,
                    on(DUSHANBE_TASK, "403 200 403 403 404 404 403 403 401"),
                    on(KAZAKH_TASK, "404 404 404 200 404 404 403 403 401"),
                    on(KRALJEVO_TASK, "404 404 404 404 200 403 404 403 401"),
                    on(PROGRAMME_TASK, "404 404 404 403 404 404 200 403 401"),
                    on(NO_TASK, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/tasks/{id}/unclaim",
                    Probe.EMPTY,
                    Hook.HELD_BY_CANDIDATE,
                    on(DUSHANBE_TASK, "403 200 403 403 404 404 403 200 401"),
                    on(KAZAKH_TASK, "404 404 404 200 404 404 403 200 401"),
                    on(KRALJEVO_TASK, "404 404 404 404 200 403 404 200 401"),
                    on(PROGRAMME_TASK, "404 404 404 403 404 404 200 200 401"),
                    on(NO_TASK, "404 404 404 404 404 404 404 404 401")),
            // Bulk requests name their tasks in the body and answer each one in the 200 as its single call
            // would (TaskBulkApiTests): called here without tasks, everyone signed in gets the 400.
            write(
                    "POST /api/v1/tasks/bulk-complete",
                    json("{\"taskIds\":[],\"outcome\":\"approve\"}"),
                    on(NONE, "400 400 400 400 400 400 400 400 401")),
            write(
                    "POST /api/v1/tasks/bulk-claim",
                    json("{\"taskIds\":[]}"),
                    on(NONE, "400 400 400 400 400 400 400 400 401")),
            write(
                    "POST /api/v1/tasks/{id}/complete",
                    json("{\"outcome\":\"no-such-outcome\"}"),
                    on(DUSHANBE_TASK, "403 400 403 403 404 404 403 403 401"),
                    on(KAZAKH_TASK, "404 404 404 400 404 404 403 403 401"),
                    on(KRALJEVO_TASK, "404 404 404 404 400 403 404 403 401"),
                    on(PROGRAMME_TASK, "404 404 404 403 404 404 400 403 401"),
                    on(NO_TASK, "404 404 404 404 404 404 404 404 401")),

            // ---- strategies ----
            read("GET /api/v1/strategies/{id}", strategiesSeen()),
            read("GET /api/v1/strategies/{id}/versions", strategiesSeen()),
            read("GET /api/v1/strategies/{id}/versions/{number}", strategiesSeen()),
            read("GET /api/v1/strategies/{id}/diff", "from=1&to=1", strategiesSeen()),
            read("GET /api/v1/strategies/{id}/timeline", strategiesSeen()),
            read("GET /api/v1/strategies/{id}/adoption/document", strategiesSeen()),
            read("GET /api/v1/strategies/{id}/actions/template.xlsx", strategiesSeen()),
            read("GET /api/v1/strategies/{id}/actions/template.csv", strategiesSeen()),
            // Both strategies are adopted: the chair's draft save and submission answer 409.
            write("PUT /api/v1/strategies/{id}/draft", json("{\"version\":-1}"), workingGroupOfStrategy("409")),
            write("POST /api/v1/strategies/{id}/submit", json("{\"version\":-1}"), workingGroupOfStrategy("409")),
            write(
                    "POST /api/v1/strategies/{id}/versions/{number}/comments",
                    json("{\"body\":\"Probe\",\"objectiveId\":" + NEVER + "}"),
                    on(KAZAKH_STRATEGY, "404 404 404 400 404 404 403 400 401"),
                    on(KRALJEVO_STRATEGY, "404 404 404 404 400 400 404 400 401"),
                    on(NO_STRATEGY, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/strategies/{id}/adoption consumes multipart/form-data",
                    parts(
                            "decisionReference",
                            "Probe",
                            "adoptedOn",
                            "2020-01-01",
                            "adoptingBody",
                            "Probe",
                            "document",
                            new FilePart("decision.pdf", PDF)),
                    workingGroupOfStrategy("409")),
            write(
                    "POST /api/v1/strategies/{id}/actions",
                    json("{\"objectiveId\":" + NEVER + "}"),
                    workingGroupOfStrategy("400")),
            write(
                    "POST /api/v1/strategies/{id}/actions/import consumes multipart/form-data",
                    file("file", "plan.csv", NOT_A_FILE),
                    workingGroupOfStrategy("400")),
            read("GET /api/v1/strategies/{id}/action-reviewers", strategiesSeen()),
            // Only the chair names reviewers, and only members of the working group: Kraljevo's chair gets the 400.
            write(
                    "PUT /api/v1/strategies/{id}/action-reviewers",
                    json("{\"usernames\":[\"coordinator.tajikistan\"]}"),
                    workingGroupOfStrategy("400")),

            // ---- an imported plan under its working group's review (no demo account reviews the Kazakh one) ----
            read(
                    "GET /api/v1/action-plan-reviews/{id}",
                    on(KAZAKH_PLAN_REVIEW, "404 404 404 200 404 404 200 200 401"),
                    on(NO_PLAN_REVIEW, "404 404 404 404 404 404 404 404 401")),
            write(
                    "PUT /api/v1/action-plan-reviews/{id}/rows/{actionId}",
                    json("{\"decision\":\"maybe\"}"),
                    planReviewers()),
            write("POST /api/v1/action-plan-reviews/{id}/accept-remaining", Probe.EMPTY, planReviewers()),

            // ---- actions ----
            read("GET /api/v1/actions/{id}", actionsSeen()),
            read(
                    "GET /api/v1/actions/{id}/evidence/{fileId}",
                    on(KAZAKH_ACTION, "404 404 404 200 404 404 200 200 401"),
                    // The file id is the Kazakh action's evidence, which is no evidence of this one.
                    on(KRALJEVO_ACTION, "404 404 404 404 404 404 404 404 401"),
                    on(NO_ACTION, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/actions/{id}/progress consumes application/json",
                    json("{\"percent\":101}"),
                    workingGroupOfAction()),
            write(
                    "POST /api/v1/actions/{id}/progress consumes multipart/form-data",
                    parts("percent", "101", "narrative", "Probe"),
                    workingGroupOfAction()),
            write(
                    "POST /api/v1/actions/{id}/completion consumes multipart/form-data",
                    parts("narrative", "Probe"),
                    workingGroupOfAction()),
            // A proposal's fields with a version that was never read: the working group gets the 409.
            write(
                    "PUT /api/v1/actions/{id}",
                    json("{\"objectiveId\":" + NEVER + ",\"version\":-1}"),
                    on(KAZAKH_ACTION, "404 404 404 403 404 404 403 403 401"),
                    on(KRALJEVO_ACTION, "404 404 404 404 409 403 404 403 401"),
                    on(NO_ACTION, "404 404 404 404 404 404 404 404 401")),
            write("POST /api/v1/actions/{id}/milestones", json("{}"), workingGroupOfAction()),
            write(
                    "PUT /api/v1/actions/{id}/milestones/{milestoneId}",
                    json("{\"actualDate\":\"2999-01-01\"}"),
                    workingGroupOfAction()),

            // ---- programmes: donors and coordinators in scope read, admins and the regional coordinator manage ----
            read("GET /api/v1/programmes/{id}", programmesSeen()),
            read("GET /api/v1/programmes/{id}/indicators", programmesSeen()),
            read("GET /api/v1/programmes/{id}/dashboard", programmesSeen()),
            read("GET /api/v1/programmes/{id}/indicators/history", programmesSeen()),
            // DIPECHO names no IATI reporting organisation: its readers get a 409 instead of a document.
            read(
                    "GET /api/v1/programmes/{id}/iati.xml",
                    on(EU_PROGRAMME, "404 404 200 200 404 404 200 200 401"),
                    on(DIPECHO_PROGRAMME, "404 404 409 409 404 404 404 409 401"),
                    on(NO_PROGRAMME, "404 404 404 404 404 404 404 404 401")),
            read("GET /api/v1/programmes/{id}/report.pdf", programmesSeen()),
            read("GET /api/v1/programmes/{id}/actions.xlsx", programmesSeen()),
            read("GET /api/v1/programmes/{id}/logframe.xlsx", programmesSeen()),
            read("GET /api/v1/programmes/{id}/reports", programmesSeen()),
            read(
                    "GET /api/v1/programmes/{id}/indicators/{code}/counted",
                    on(EU_PROGRAMME, "404 404 200 200 404 404 200 200 401"),
                    on(NO_PROGRAMME, "404 404 404 404 404 404 404 404 401")),
            write("PUT /api/v1/programmes/{id}", json("{\"reportingOrgType\":\"x\"}"), managersOfProgramme("400")),
            write("POST /api/v1/programmes/{id}/results", json("{}"), managersOfProgramme("400")),
            write("POST /api/v1/programmes/{id}/indicators", json("{}"), managersOfProgramme("400")),
            write("POST /api/v1/programmes/{id}/budget-lines", json("{}"), managersOfProgramme("400")),
            write("POST /api/v1/programmes/{id}/disbursements", json("{}"), managersOfProgramme("400")),
            // Money against progress: readers in scope see it; managers record commitments and allocate.
            read("GET /api/v1/programmes/{id}/money-and-progress", programmesSeen()),
            write("POST /api/v1/programmes/{id}/commitments", json("{}"), managersOfProgramme("400")),
            write("POST /api/v1/programmes/{id}/allocations", json("{}"), managersOfProgramme("400")),
            // Without the version read, a manager's removal is refused before anything is looked up.
            write("DELETE /api/v1/programmes/{id}/commitments/{commitmentId}", Probe.EMPTY, managersOfProgramme("400")),
            write("DELETE /api/v1/programmes/{id}/allocations/{allocationId}", Probe.EMPTY, managersOfProgramme("400")),
            // A stale version: managers reach the check that someone changed OC1 since.
            write(
                    "PUT /api/v1/programmes/{id}/results/{resultCode}",
                    json("{\"version\":-1}"),
                    on(EU_PROGRAMME, "404 404 403 409 404 404 403 409 401"),
                    on(NO_PROGRAMME, "404 404 404 404 404 404 404 404 401")),
            write(
                    "PUT /api/v1/programmes/{id}/indicators/{code}",
                    json("{\"version\":-1}"),
                    on(EU_PROGRAMME, "404 404 403 409 404 404 403 409 401"),
                    on(NO_PROGRAMME, "404 404 404 404 404 404 404 404 401")),
            // I2.3 is counted from the workflow: nobody types its actual.
            write(
                    "PUT /api/v1/programmes/{id}/indicators/{code}/actual",
                    json("{\"version\":-1}"),
                    on(EU_PROGRAMME, "404 404 403 400 404 404 403 400 401"),
                    on(NO_PROGRAMME, "404 404 404 404 404 404 404 404 401")),
            // Reporting on the EU programme runs already; on DIPECHO the call would open it.
            write(
                    "POST /api/v1/programmes/{id}/reporting",
                    Probe.EMPTY,
                    on(EU_PROGRAMME, "404 404 403 409 404 404 403 409 401"),
                    on(NO_PROGRAMME, "404 404 404 404 404 404 404 404 401")),
            // No report waits to be asked for: the EU's is with its donor, DIPECHO has no reporting.
            write(
                    "POST /api/v1/programmes/{id}/reports",
                    Probe.EMPTY,
                    on(EU_PROGRAMME, "404 404 403 409 404 404 403 409 401"),
                    on(DIPECHO_PROGRAMME, "404 404 403 409 404 404 404 409 401"),
                    on(NO_PROGRAMME, "404 404 404 404 404 404 404 404 401")),

            // ---- donor reports: whole-programme readers only ----
            read(
                    "GET /api/v1/donor-reports/{id}",
                    on(EU_REPORT, "404 404 404 200 404 404 200 200 401"),
                    on(NO_REPORT, "404 404 404 404 404 404 404 404 401")),
            read(
                    "GET /api/v1/donor-reports/submissions/{submissionId}/report.pdf",
                    on(EU_SUBMISSION, "404 404 404 200 404 404 200 200 401"),
                    on(NO_SUBMISSION, "404 404 404 404 404 404 404 404 401")),
            // The report is with the donor: its narrative is not editable (409) for those who may edit.
            write(
                    "PUT /api/v1/donor-reports/{id}/narrative",
                    json("{\"version\":-1}"),
                    on(EU_REPORT, "404 404 404 409 404 404 403 409 401"),
                    on(NO_REPORT, "404 404 404 404 404 404 404 404 401")),

            // ---- comments pinned on a return: read with the subject; answered only by those it went back to
            // (the pin named exists nowhere: they get its 404, everyone else who sees the subject the 403) ----
            read("GET /api/v1/assessments/{id}/pins", assessmentsSeen()),
            read("GET /api/v1/strategies/{id}/pins", strategiesSeen()),
            read("GET /api/v1/actions/{id}/pins", actionsSeen()),
            read(
                    "GET /api/v1/donor-reports/{id}/pins",
                    on(EU_REPORT, "404 404 404 200 404 404 200 200 401"),
                    on(NO_REPORT, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/assessments/{id}/pins/{pinId}/answer",
                    PIN_ANSWER,
                    on(DUSHANBE_ASSESSMENT, "404 404 403 403 404 404 403 403 401"),
                    on(KAZAKH_ASSESSMENT, "404 404 404 403 404 404 403 403 401"),
                    on(KRALJEVO_ASSESSMENT, "404 404 404 404 404 403 404 403 401"),
                    on(NO_ASSESSMENT, "404 404 404 404 404 404 404 404 401")),
            write("POST /api/v1/strategies/{id}/pins/{pinId}/answer", PIN_ANSWER, workingGroupOfStrategy("404")),
            write(
                    "POST /api/v1/actions/{id}/pins/{pinId}/answer",
                    PIN_ANSWER,
                    on(KAZAKH_ACTION, "404 404 404 403 404 404 403 403 401"),
                    on(KRALJEVO_ACTION, "404 404 404 404 404 403 404 403 401"),
                    on(NO_ACTION, "404 404 404 404 404 404 404 404 401")),
            write(
                    "POST /api/v1/donor-reports/{id}/pins/{pinId}/answer",
                    PIN_ANSWER,
                    on(EU_REPORT, "404 404 404 404 404 404 403 404 401"),
                    on(NO_REPORT, "404 404 404 404 404 404 404 404 401")));

    static final List<Route> ROUTES = List.of(
            route("", on(NONE, "A A A A A A A A L")),
            route("login", on(NONE, "A A A A A A A A A")),
            route("account/password", on(NONE, "A A A A A A A A L")),
            route("account/tokens", on(NONE, "A A A A A A A A L")),
            route("tasks", on(NONE, "A A A A A A A A L")),
            route("jurisdictions", on(NONE, "A A A A A A A A L")),
            route("my-actions", on(NONE, "A A A A A A D A L")),
            route("approval-table", on(NONE, "A A A A A A A A L")),
            route("actions", on(NONE, "A A A A A A A A L")),
            route("notifications", on(NONE, "A A A A A A A A L")),
            route("programmes", on(NONE, "D D A A D A A A L")),
            route("comparison", on(NONE, "D D A A D A A A L")),
            route("portfolio", on(NONE, "D D A A D A A A L")),
            route("hubs", on(NONE, "A A A A A A A A L")),
            route("hubs/:id", kraljevoHub()),
            route("hubs/:id/edit", kraljevoHub()),
            route("jurisdictions/:id/hub-application", jurisdictionPages()),
            route("admin/directory", on(NONE, "D D D D D D D A L")),
            route("admin/scorecards", on(NONE, "D D D D D D D A L")),
            route("admin/audit", on(NONE, "D D D D D D D A L")),
            route("admin/incidents", on(NONE, "D D D D D D D A L")),
            route("gate-checklists", on(NONE, "D D A A D A D A L")),
            route("jurisdictions/:id", jurisdictionPages()),
            route("jurisdictions/:id/assessments", jurisdictionPages()),
            route("jurisdictions/:id/strategies", jurisdictionPages()),
            route(
                    "assessments/:id",
                    on(DUSHANBE_ASSESSMENT, "A A A A N N A A L"),
                    on(KAZAKH_ASSESSMENT, "N N N A N N A A L"),
                    on(KRALJEVO_ASSESSMENT, "N N N N A A N A L"),
                    on(NO_ASSESSMENT, "N N N N N N N N L")),
            route(
                    "tasks/:taskId",
                    on(DUSHANBE_TASK, "A A A A N N A A L"),
                    on(KAZAKH_TASK, "N N N A N N A A L"),
                    on(KRALJEVO_TASK, "N N N N A A N A L"),
                    on(PROGRAMME_TASK, "N N N A N N A A L"),
                    on(NO_TASK, "N N N N N N N N L")),
            route("strategies/:id", strategyPages()),
            route("strategies/:id/timeline", strategyPages()),
            route(
                    "actions/:id",
                    on(KAZAKH_ACTION, "N N N A N N A A L"),
                    on(KRALJEVO_ACTION, "N N N N A A N A L"),
                    on(NO_ACTION, "N N N N N N N N L")),
            route(
                    "programmes/:id",
                    on(EU_PROGRAMME, "N N A A N N A A L"),
                    on(DIPECHO_PROGRAMME, "N N A A N N N A L"),
                    on(NO_PROGRAMME, "N N N N N N N N L")),
            route("donor-reports/:id", on(EU_REPORT, "N N N A N N A A L"), on(NO_REPORT, "N N N N N N N N L")));

    // ---- lines shared by several rows (the same rule applied to the same objects) ----

    private static Line[] jurisdictionsSeen() {
        return new Line[] {
            on(DUSHANBE, "200 200 200 200 404 404 200 200 401"),
            on(TAJIKISTAN, "404 404 200 200 404 404 200 200 401"),
            on(ALMATY, "404 404 404 200 404 404 200 200 401"),
            on(KRALJEVO, "404 404 404 404 200 200 404 200 401"),
            on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")
        };
    }

    private static Line[] chairOfJurisdiction() {
        return new Line[] {
            on(DUSHANBE, "403 400 403 403 404 404 403 403 401"),
            on(TAJIKISTAN, "404 404 403 403 404 404 403 403 401"),
            on(ALMATY, "404 404 404 403 404 404 403 403 401"),
            on(KRALJEVO, "404 404 404 404 400 403 404 403 401"),
            on(NO_JURISDICTION, "404 404 404 404 404 404 404 404 401")
        };
    }

    private static Line[] assessmentsSeen() {
        return new Line[] {
            on(DUSHANBE_ASSESSMENT, "200 200 200 200 404 404 200 200 401"),
            on(KAZAKH_ASSESSMENT, "404 404 404 200 404 404 200 200 401"),
            on(KRALJEVO_ASSESSMENT, "404 404 404 404 200 200 404 200 401"),
            on(NO_ASSESSMENT, "404 404 404 404 404 404 404 404 401")
        };
    }

    private static Line[] workingGroupOfAssessmentNotScoring() {
        return new Line[] {
            on(DUSHANBE_ASSESSMENT, "409 409 403 403 404 404 403 403 401"),
            on(KAZAKH_ASSESSMENT, "404 404 404 403 404 404 403 403 401"),
            on(KRALJEVO_ASSESSMENT, "404 404 404 404 409 403 404 403 401"),
            on(NO_ASSESSMENT, "404 404 404 404 404 404 404 404 401")
        };
    }

    private static Line[] chairOfAssessmentNotConsolidating() {
        return new Line[] {
            on(DUSHANBE_ASSESSMENT, "403 409 403 403 404 404 403 403 401"),
            on(KAZAKH_ASSESSMENT, "404 404 404 403 404 404 403 403 401"),
            on(KRALJEVO_ASSESSMENT, "404 404 404 404 409 403 404 403 401"),
            on(NO_ASSESSMENT, "404 404 404 404 404 404 404 404 401")
        };
    }

    private static Line[] strategiesSeen() {
        return new Line[] {
            on(KAZAKH_STRATEGY, "404 404 404 200 404 404 200 200 401"),
            on(KRALJEVO_STRATEGY, "404 404 404 404 200 200 404 200 401"),
            on(NO_STRATEGY, "404 404 404 404 404 404 404 404 401")
        };
    }

    /** Kraljevo's chair is its strategy's working group; nobody else of the matrix is. */
    private static Line[] workingGroupOfStrategy(String refusal) {
        return new Line[] {
            on(KAZAKH_STRATEGY, "404 404 404 403 404 404 403 403 401"),
            on(KRALJEVO_STRATEGY, "404 404 404 404 " + refusal + " 403 404 403 401"),
            on(NO_STRATEGY, "404 404 404 404 404 404 404 404 401")
        };
    }

    private static Line[] actionsSeen() {
        return new Line[] {
            on(KAZAKH_ACTION, "404 404 404 200 404 404 200 200 401"),
            on(KRALJEVO_ACTION, "404 404 404 404 200 200 404 200 401"),
            on(NO_ACTION, "404 404 404 404 404 404 404 404 401")
        };
    }

    private static Line[] planReviewers() {
        return new Line[] {
            on(KAZAKH_PLAN_REVIEW, "404 404 404 403 404 404 403 403 401"),
            on(NO_PLAN_REVIEW, "404 404 404 404 404 404 404 404 401")
        };
    }

    private static Line[] workingGroupOfAction() {
        return new Line[] {
            on(KAZAKH_ACTION, "404 404 404 403 404 404 403 403 401"),
            on(KRALJEVO_ACTION, "404 404 404 404 400 403 404 403 401"),
            on(NO_ACTION, "404 404 404 404 404 404 404 404 401")
        };
    }

    private static Line[] programmesSeen() {
        return new Line[] {
            on(EU_PROGRAMME, "404 404 200 200 404 404 200 200 401"),
            on(DIPECHO_PROGRAMME, "404 404 200 200 404 404 404 200 401"),
            on(NO_PROGRAMME, "404 404 404 404 404 404 404 404 401")
        };
    }

    /** Both programmes cover Central Asia: its coordinator and admins manage them; Tajikistan's only reads. */
    private static Line[] managersOfProgramme(String refusal) {
        return new Line[] {
            on(EU_PROGRAMME, "404 404 403 " + refusal + " 404 404 403 " + refusal + " 401"),
            on(DIPECHO_PROGRAMME, "404 404 403 " + refusal + " 404 404 404 " + refusal + " 401"),
            on(NO_PROGRAMME, "404 404 404 404 404 404 404 404 401")
        };
    }

    /** A country or a programme to compare cities within; a city is no country (404), and a working group may not compare (403). */
    private static Line[] comparisonSubjects() {
        return new Line[] {
            on(TAJIKISTAN, "403 403 200 200 403 404 200 200 401"),
            on(KRALJEVO, "403 403 404 404 403 404 404 404 401"),
            on(NO_JURISDICTION, "403 403 404 404 403 404 404 404 401"),
            on(EU_PROGRAMME, "403 403 200 200 403 404 200 200 401"),
            on(DIPECHO_PROGRAMME, "403 403 200 200 403 404 404 200 401"),
            on(NO_PROGRAMME, "403 403 404 404 403 404 404 404 401")
        };
    }

    private static Line[] kraljevoHub() {
        return new Line[] {on(KRALJEVO_HUB, "N N N N A A N A L"), on(NO_HUB, "N N N N N N N N L")};
    }

    private static Line[] jurisdictionPages() {
        return new Line[] {
            on(DUSHANBE, "A A A A N N A A L"),
            on(TAJIKISTAN, "N N A A N N A A L"),
            on(ALMATY, "N N N A N N A A L"),
            on(KRALJEVO, "N N N N A A N A L"),
            on(NO_JURISDICTION, "N N N N N N N N L")
        };
    }

    private static Line[] strategyPages() {
        return new Line[] {
            on(KAZAKH_STRATEGY, "N N N A N N A A L"),
            on(KRALJEVO_STRATEGY, "N N N N A A N A L"),
            on(NO_STRATEGY, "N N N N N N N N L")
        };
    }

    // ---- the notation ----

    static Line on(Subject subject, String answers) {
        List<String> all = Arrays.asList(answers.trim().split("\\s+"));
        if (all.size() != ACCOUNTS.size()) {
            throw new IllegalArgumentException(
                    subject + ": " + all.size() + " answers for " + ACCOUNTS.size() + " accounts");
        }
        return new Line(subject, List.copyOf(all));
    }

    private static Row read(String endpoint, Line... lines) {
        return new Row(endpoint, null, Probe.EMPTY, Hook.NONE, List.of(lines));
    }

    private static Row read(String endpoint, String query, Line... lines) {
        return new Row(endpoint, query, Probe.EMPTY, Hook.NONE, List.of(lines));
    }

    private static Row write(String endpoint, Probe probe, Line... lines) {
        return new Row(endpoint, null, probe, Hook.NONE, List.of(lines));
    }

    private static Row write(String endpoint, Probe probe, Hook hook, Line... lines) {
        return new Row(endpoint, null, probe, hook, List.of(lines));
    }

    private static Route route(String template, Line... lines) {
        return new Route(template, List.of(lines));
    }

    private static Probe json(String json) {
        return new Probe(json, null);
    }

    private static Probe file(String part, String fileName, byte[] content) {
        return parts(part, new FilePart(fileName, content));
    }

    private static Probe parts(Object... nameValue) {
        Map<String, Object> parts = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            parts.put((String) nameValue[i], nameValue[i + 1]);
        }
        return new Probe(null, parts);
    }

    private AuthorizationMatrix() {}
}
