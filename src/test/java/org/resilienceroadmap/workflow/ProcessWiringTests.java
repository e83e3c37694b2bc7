package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * The BPMN and the code agree: each process is deployed under its file's name with a history
 * time-to-live, each delegate expression names a bean, each user task documents itself, declares
 * its outcomes and candidates, and has its name and outcomes in both languages.
 */
class ProcessWiringTests extends IntegrationTest {

    private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Autowired
    RepositoryService repository;

    static List<Path> processes() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("processes")
    void isDeployedUnderItsFileNameWithATimeToLive(Path file) {
        Process process =
                model(file).getModelElementsByType(Process.class).iterator().next();
        String stem = file.getFileName().toString().replace(".bpmn", "");
        assertThat(process.getId()).isEqualTo(stem);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(stem)
                        .latestVersion()
                        .count())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyDelegateExpressionNamesABean(Path file) {
        for (ServiceTask task : model(file).getModelElementsByType(ServiceTask.class)) {
            Matcher m = BEAN.matcher(String.valueOf(task.getCamundaDelegateExpression()));
            assertThat(m.matches())
                    .as(task.getId() + " uses a delegate expression")
                    .isTrue();
            assertThat(context.containsBean(m.group(1)))
                    .as(task.getId() + " → bean " + m.group(1))
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyUserTaskIsDocumentedDeclaredAndTranslated(Path file) {
        BpmnModelInstance model = model(file);
        String processKey =
                model.getModelElementsByType(Process.class).iterator().next().getId();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getDocumentations())
                    .as(task.getId() + " documentation")
                    .isNotEmpty();
            boolean candidates =
                    String.valueOf(task.getCamundaCandidateGroups()).contains("candidateGroups.");
            boolean assignee = String.valueOf(task.getCamundaAssignee()).startsWith("${");
            assertThat(candidates || assignee)
                    .as(task.getId() + " candidates or an assignee")
                    .isTrue();
            List<String> outcomes = property(task, "outcomes");
            assertThat(!outcomes.isEmpty() || property(task, "completedOn").equals(List.of("subject")))
                    .as(task.getId() + " outcomes, or completed on its subject's page")
                    .isTrue();
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
                String key = "task." + processKey + "." + task.getId();
                assertThat(messages.getMessage(key, null, null, locale))
                        .as(key + " in " + locale)
                        .isNotNull();
                outcomes.forEach(o -> assertThat(messages.getMessage("outcome." + o, null, null, locale))
                        .as("outcome." + o + " in " + locale)
                        .isNotNull());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyTaskListenerNamesABean(Path file) {
        for (UserTask task : model(file).getModelElementsByType(UserTask.class)) {
            if (task.getExtensionElements() == null) {
                continue;
            }
            for (var listener : task.getExtensionElements()
                    .getElementsQuery()
                    .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)
                    .list()) {
                Matcher m = BEAN.matcher(String.valueOf(listener.getCamundaDelegateExpression()));
                assertThat(m.matches())
                        .as(task.getId() + " listener uses a delegate expression")
                        .isTrue();
                assertThat(context.getBean(m.group(1)))
                        .as(task.getId() + " → bean " + m.group(1))
                        .isInstanceOf(org.camunda.bpm.engine.delegate.TaskListener.class);
            }
        }
    }

    private static List<String> property(UserTask task, String name) {
        if (task.getExtensionElements() == null) {
            return List.of();
        }
        return task
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                .list()
                .stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> name.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .flatMap(v -> Stream.of(v.split(",")))
                .toList();
    }

    private static BpmnModelInstance model(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }
}
