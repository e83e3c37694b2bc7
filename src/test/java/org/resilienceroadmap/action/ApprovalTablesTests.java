package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins upload new versions of the approval table; a table the action process could not run is refused in words. */
class ApprovalTablesTests extends IntegrationTest {

    @Autowired
    ApprovalTables tables;

    @Autowired
    RepositoryService repository;

    @Autowired
    AuditLog audit;

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void removeUploads() {
        ApprovalTableFiles.removeUploads(repository);
    }

    @Test
    void theShippedTableIsDeployedAndReadableByAnyoneSignedIn() {
        ApprovalTable current = as("member.dushanbe", () -> tables.current());
        assertThat(current.hitPolicy()).isEqualTo("FIRST");
        assertThat(current.shipped()).isTrue();
        assertThat(current.inputs())
                .extracting(ApprovalTable.Column::name)
                .containsExactly("budgetEur", "currency", "funded", "essentials", "country");
        assertThat(current.outputs()).extracting(ApprovalTable.Column::name).containsExactly("approvers", "tellDonor");
        assertThat(current.rules()).hasSize(6);
        ApprovalTable.Rule first = current.rules().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.inputs()).containsExactly(">= 500000", "-", "true", "-", "-");
        assertThat(first.outputs()).containsExactly("\"national,regional\"", "true");
        assertThat(first.annotation()).startsWith("Funded by a programme, 500,000 EUR and over");
        assertThat(current.rules().get(5).inputs()).containsOnly("-");
    }

    @Test
    void anAdminsUploadBecomesTheNextVersionAndThePreviousStaysReadable() {
        int before = as("admin", () -> tables.current()).version();

        ApprovalTable uploaded = as("admin", () -> tables.upload("rules.dmn", ApprovalTableFiles.valid()));

        assertThat(uploaded.version()).isEqualTo(before + 1);
        assertThat(uploaded.deployedBy()).isEqualTo("admin");
        assertThat(uploaded.deployedByName()).isEqualTo("Administrator");
        ApprovalTable current = as("coordinator.tajikistan", () -> tables.current());
        assertThat(current.version()).isEqualTo(before + 1);
        assertThat(current.rules().get(5).annotation()).startsWith(ApprovalTableFiles.MARK);
        ApprovalTable previous = as("coordinator.tajikistan", () -> tables.version(before));
        assertThat(previous.rules().get(5).annotation()).startsWith("Local money under 50,000 EUR:");

        List<ApprovalTableVersion> versions = as("chair.dushanbe", () -> tables.versions());
        assertThat(versions).extracting(ApprovalTableVersion::version).startsWith(before + 1, before);
        assertThat(versions.get(0).deployedByName()).isEqualTo("Administrator");
        assertThat(versions.get(1).deployedBy()).isNull();
        assertThat(versions.get(0).deployedAt()).isNotNull();

        // The engine demands a time-to-live: the file had none, the deployed table has ten years.
        assertThat(repository
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey(ApprovalTables.DECISION)
                        .latestVersion()
                        .singleResult()
                        .getHistoryTimeToLive())
                .isEqualTo(3650);
        List<AuditRecord> entries = audit.history(ApprovalTables.SUBJECT_TYPE, ApprovalTables.DECISION);
        assertThat(entries).last().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("admin");
            assertThat(e.getToState()).isEqualTo("v" + (before + 1));
            assertThat(e.getFromState()).isEqualTo("v" + before);
            assertThat(e.getComment()).isEqualTo("rules.dmn");
        });
    }

    /**
     * What the next start's auto-deployment does, when a release changed some other file (here a new
     * one): it deploys what changed and leaves the unchanged shipped table alone, so the upload stays latest.
     */
    @Test
    void anUploadStaysTheLatestWhenTheNextStartDeploysAChangedRelease() {
        Deployment auto = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(ApprovalTables.DECISION)
                .orderByDecisionDefinitionVersion()
                .desc()
                .list()
                .stream()
                .map(d -> repository
                        .createDeploymentQuery()
                        .deploymentId(d.getDeploymentId())
                        .singleResult())
                .filter(d -> !ApprovalTables.DEPLOYMENT_NAME.equals(d.getName()))
                .findFirst()
                .orElseThrow();
        Resource file = repository.getDeploymentResources(auto.getId()).stream()
                .filter(r -> r.getName().endsWith("action-approval.dmn"))
                .findFirst()
                .orElseThrow();
        byte[] content = readAll(repository.getResourceAsStream(auto.getId(), file.getName()));
        int uploaded = as("admin", () -> tables.upload("rules.dmn", ApprovalTableFiles.valid()))
                .version();
        var configuration = (SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration();

        Deployment next = repository
                .createDeployment()
                .name(auto.getName())
                .enableDuplicateFiltering(configuration.isDeployChangedOnly())
                .addInputStream(file.getName(), new java.io.ByteArrayInputStream(content))
                .addString("release-notes.txt", "changed in this release")
                .deploy();
        try {
            assertThat(as("admin", () -> tables.current()).version()).isEqualTo(uploaded);
        } finally {
            repository.deleteDeployment(next.getId(), true);
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void refusesAFileThatIsNotDmn() {
        refused("hello, table".getBytes(StandardCharsets.UTF_8), "refusal.approvalTable.notDmn", "not a DMN");
        refused(new byte[0], "refusal.approvalTable.notDmn", "not a DMN");
        String withEntity = ApprovalTableFiles.shipped()
                .replace(
                        "<definitions ",
                        "<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<definitions ")
                .replace("Who approves an action\"", "&secret;\"");
        refused(withEntity.getBytes(StandardCharsets.UTF_8), "refusal.approvalTable.notDmn", "not a DMN");
    }

    @Test
    void refusesATableWithoutTheDecisionTheProcessCalls() {
        refused(
                ApprovalTableFiles.replacing("\"action-approval\"", "\"other-approval\""),
                "refusal.approvalTable.noDecision",
                "no decision with the id action-approval");
    }

    @Test
    void refusesATableWithoutAnOutputTheProcessReads() {
        refused(
                ApprovalTableFiles.replacing("name=\"tellDonor\"", "name=\"informDonor\""),
                "refusal.approvalTable.outputsMissing",
                "lacks the output column tellDonor");
    }

    @Test
    void refusesAnInputReadingAVariableTheProcessDoesNotProvide() {
        refused(
                ApprovalTableFiles.replacing("<text>country</text>", "<text>region</text>"),
                "refusal.approvalTable.unknownVariable",
                "The input \"Country (code)\" reads region");
    }

    @Test
    void refusesATableThatLeavesSomeActionsWithoutARoute() {
        refused(
                ApprovalTableFiles.withoutTheLastRule(),
                "refusal.approvalTable.noRule",
                "e.g. budgetEur=0, currency=\"EUR\", funded=false");
    }

    @Test
    void refusesApproversTheProcessDoesNotKnow() {
        refused(
                ApprovalTableFiles.replacing("<text>\"none\"</text>", "<text>\"regional\"</text>"),
                "refusal.approvalTable.badApprovers",
                "approvers = regional");
    }

    @Test
    void refusesADonorFlagThatIsNeitherTrueNorFalse() {
        refused(
                ApprovalTableFiles.replacing(
                        "<outputEntry id=\"LiteralExpression_Local_TellDonor\"><text>false</text>",
                        "<outputEntry id=\"LiteralExpression_Local_TellDonor\"><text>null</text>"),
                "refusal.approvalTable.badTellDonor",
                "tellDonor = null");
    }

    @Test
    void aCoordinatorMayReadButNotUpload() {
        int before = as("admin", () -> tables.current()).version();
        assertThatThrownBy(() ->
                        as("coordinator.tajikistan", () -> tables.upload("rules.dmn", ApprovalTableFiles.valid())))
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        e -> assertThat(e.refusal().key()).isEqualTo("refusal.approvalTable.onlyAdmin"));
        assertThat(as("admin", () -> tables.current()).version()).isEqualTo(before);
    }

    private void refused(byte[] table, String key, String words) {
        int versions = as("admin", () -> tables.versions()).size();
        assertThatThrownBy(() -> as("admin", () -> tables.upload("rules.dmn", table)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.refusal().key()).isEqualTo(key);
                    assertThat(e.getMessage()).contains(words);
                });
        assertThat(as("admin", () -> tables.versions())).as("nothing deployed").hasSize(versions);
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentName(ApprovalTables.DEPLOYMENT_NAME)
                        .count())
                .isZero();
    }
}
