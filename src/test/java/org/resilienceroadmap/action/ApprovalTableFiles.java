package org.resilienceroadmap.action;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;

/**
 * Approval tables for tests: the shipped file with one thing changed. The valid variant routes every
 * action as the shipped one does (only an annotation differs), so an upload left behind would change no
 * other test's outcome; {@link #removeUploads} takes the uploads away again all the same.
 */
final class ApprovalTableFiles {

    static final String MARK = "Local money under 50,000 EUR (as uploaded in a test)";

    private ApprovalTableFiles() {}

    static String shipped() {
        try {
            return Files.readString(Path.of("processes/action-approval.dmn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped routes with a changed annotation, and no time-to-live: the upload adds it. */
    static byte[] valid() {
        return bytes(shipped()
                .replace("Local money under 50,000 EUR", MARK)
                .replace(" camunda:historyTimeToLive=\"3650\"", ""));
    }

    static byte[] replacing(String text, String by) {
        String table = shipped();
        if (!table.contains(text)) {
            throw new IllegalArgumentException("The shipped table has no " + text);
        }
        return bytes(table.replace(text, by));
    }

    /** Without the last rule, which catches what no rule above took. */
    static byte[] withoutTheLastRule() {
        String table = shipped();
        int start = table.indexOf("<rule id=\"Rule_Local\">");
        int end = table.indexOf("</rule>", start) + "</rule>".length();
        return bytes(table.substring(0, start) + table.substring(end));
    }

    static void removeUploads(RepositoryService repository) {
        List<String> ids =
                repository.createDeploymentQuery().deploymentName(ApprovalTables.DEPLOYMENT_NAME).list().stream()
                        .map(d -> d.getId())
                        .toList();
        ids.forEach(id -> repository.deleteDeployment(id, true));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
