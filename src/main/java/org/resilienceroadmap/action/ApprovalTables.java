package org.resilienceroadmap.action;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Text;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table that decides who approves an action after its working group, and whether the
 * programme's donor is told (decision {@value #DECISION}, {@code processes/action-approval.dmn}):
 * every deployed version for every signed-in person to read, and a new version from an admin's
 * file, checked first ({@link ApprovalTableCheck}). The process always calls the latest version;
 * the earlier ones stay in the engine, so that a decision taken under one can be read again.
 */
@Service
public class ApprovalTables {

    public static final String DECISION = "action-approval";
    public static final String APPROVERS = "approvers";
    public static final String TELL_DONOR = "tellDonor";
    static final String SUBJECT_TYPE = "APPROVAL_TABLE";
    /** Uploads are deployments of their own, so the auto-deployment of the shipped file never counts them as its own. */
    static final String DEPLOYMENT_NAME = "approval-table";

    private static final String RESOURCE = DECISION + ".dmn";

    private final RepositoryService repository;
    private final CurrentUser currentUser;
    private final PeopleDirectory people;
    private final AuditLog audit;
    private final ApprovalTableCheck check = new ApprovalTableCheck();

    ApprovalTables(RepositoryService repository, CurrentUser currentUser, PeopleDirectory people, AuditLog audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.people = people;
        this.audit = audit;
    }

    /** The version the action process calls now: the latest. */
    @Transactional(readOnly = true)
    public ApprovalTable current() {
        currentUser.scope();
        DecisionDefinition latest = query().latestVersion().singleResult();
        if (latest == null) {
            throw new NotFoundException("Approval table", DECISION);
        }
        return describe(latest, uploaders());
    }

    @Transactional(readOnly = true)
    public ApprovalTable version(int version) {
        currentUser.scope();
        DecisionDefinition definition =
                query().decisionDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new NotFoundException("Approval table version", version);
        }
        return describe(definition, uploaders());
    }

    /** Every deployed version, newest first. */
    @Transactional(readOnly = true)
    public List<ApprovalTableVersion> versions() {
        currentUser.scope();
        Map<String, String> uploaders = uploaders();
        List<ApprovalTableVersion> versions = new ArrayList<>();
        for (DecisionDefinition d :
                query().orderByDecisionDefinitionVersion().desc().list()) {
            String by = uploaders.get(d.getDeploymentId());
            versions.add(new ApprovalTableVersion(d.getVersion(), deployedAt(d), by, displayName(by)));
        }
        return versions;
    }

    /**
     * Deploys an admin's table as the next version, once it passed every check; the audit log
     * records who, which version and from which file. Refused in words, deploying nothing, when not.
     */
    @Transactional
    public ApprovalTable upload(String fileName, byte[] content) {
        UserScope me = currentUser.scope();
        if (!me.isAdmin()) {
            throw new ForbiddenException(Refusal.of("refusal.approvalTable.onlyAdmin"));
        }
        byte[] table = check.checked(DECISION, content);
        DecisionDefinition previous = query().latestVersion().singleResult();
        DecisionDefinition deployed;
        try {
            DeploymentWithDefinitions deployment = repository
                    .createDeployment()
                    .name(DEPLOYMENT_NAME)
                    .source(DEPLOYMENT_NAME)
                    .addInputStream(RESOURCE, new ByteArrayInputStream(table))
                    .deployWithResult();
            deployed = deployment.getDeployedDecisionDefinitions().stream()
                    .filter(d -> DECISION.equals(d.getKey()))
                    .findFirst()
                    .orElseThrow();
        } catch (ProcessEngineException e) {
            throw new InvalidRequestException(
                    "file", Refusal.of("refusal.approvalTable.notDeployable", e.getMessage()));
        }
        audit.record(new AuditEntry(
                me.username(),
                SUBJECT_TYPE,
                DECISION,
                "admin:upload-approval-table",
                previous == null ? null : "v" + previous.getVersion(),
                "v" + deployed.getVersion(),
                fileName,
                deployed.getDeploymentId()));
        return describe(deployed, Map.of(deployed.getDeploymentId(), me.username()));
    }

    private DecisionDefinitionQuery query() {
        return repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION)
                .withoutTenantId();
    }

    /** Who uploaded each deployment, from the audit log; a deployment it does not name shipped with the application. */
    private Map<String, String> uploaders() {
        Map<String, String> by = new HashMap<>();
        for (AuditRecord r : audit.history(SUBJECT_TYPE, DECISION)) {
            if (r.getReference() != null) {
                by.put(r.getReference(), r.getActor());
            }
        }
        return by;
    }

    private ApprovalTable describe(DecisionDefinition definition, Map<String, String> uploaders) {
        DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
        Decision decision = model.getModelElementById(definition.getKey());
        DecisionTable table = (DecisionTable) decision.getExpression();
        String hitPolicy = table.getHitPolicy().name()
                + (table.getAggregation() == null
                        ? ""
                        : " " + table.getAggregation().name());
        List<ApprovalTable.Column> inputs = table.getInputs().stream()
                .map(i -> new ApprovalTable.Column(
                        label(i) == null ? text(i.getInputExpression()) : label(i), text(i.getInputExpression())))
                .toList();
        List<ApprovalTable.Column> outputs = table.getOutputs().stream()
                .map(o -> new ApprovalTable.Column(label(o) == null ? o.getName() : label(o), o.getName()))
                .toList();
        List<ApprovalTable.Rule> rules = new ArrayList<>();
        for (var rule : table.getRules()) {
            rules.add(new ApprovalTable.Rule(
                    rules.size() + 1,
                    rule.getInputEntries().stream().map(ApprovalTables::cell).toList(),
                    rule.getOutputEntries().stream().map(ApprovalTables::cell).toList(),
                    rule.getDescription() == null
                            ? ""
                            : rule.getDescription().getTextContent().trim()));
        }
        String by = uploaders.get(definition.getDeploymentId());
        return new ApprovalTable(
                definition.getVersion(),
                deployedAt(definition),
                by,
                displayName(by),
                hitPolicy,
                inputs,
                outputs,
                rules);
    }

    private Instant deployedAt(DecisionDefinition definition) {
        Deployment deployment = repository
                .createDeploymentQuery()
                .deploymentId(definition.getDeploymentId())
                .singleResult();
        return deployment == null || deployment.getDeploymentTime() == null
                ? null
                : deployment.getDeploymentTime().toInstant();
    }

    private String displayName(String username) {
        return username == null
                ? null
                : people.findByUsername(username)
                        .map(Person::getDisplayName)
                        .filter(name -> !name.isBlank())
                        .orElse(username);
    }

    private static String label(DmnElement element) {
        return element.getLabel() == null || element.getLabel().isBlank() ? null : element.getLabel();
    }

    private static String cell(InputEntry entry) {
        return orDash(entry.getText());
    }

    private static String cell(OutputEntry entry) {
        return orDash(entry.getText());
    }

    private static String text(LiteralExpression expression) {
        return expression == null || expression.getText() == null
                ? ""
                : expression.getText().getTextContent().trim();
    }

    private static String orDash(Text text) {
        String content = text == null ? "" : text.getTextContent().trim();
        return content.isEmpty() ? "-" : content;
    }
}
