package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * Every user task of every process has its name and description in both bundles, key
 * {@code task.<process>.<task>} and {@code task.<process>.<task>.description}: the BPMN's own
 * (English) texts would otherwise reach Russian pages. The same for the fields the tasks declare.
 */
class TaskBundleKeysTests {

    @Test
    void everyUserTaskHasItsNameAndDescriptionInBothLanguages() throws IOException {
        List<String> keys = taskKeys();
        assertThat(keys).as("user tasks found in processes/*.bpmn").hasSizeGreaterThan(10);
        for (String bundle : List.of("messages.properties", "messages_ru.properties")) {
            Properties texts = load(bundle);
            assertThat(keys)
                    .as("task keys missing in " + bundle)
                    .allSatisfy(
                            key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void russianTaskTextsAreRussian() throws IOException {
        Properties ru = load("messages_ru.properties");
        assertThat(taskKeys())
                .allSatisfy(key -> assertThat(ru.getProperty(key)).as(key).containsPattern("[А-Яа-яЁё]"));
    }

    /**
     * Every field a user task declares is described in both bundles ({@code task.field.<name>}) and
     * has a type the API knows, when it names one: what a client reads of {@code GET /tasks}.
     */
    @Test
    void everyDeclaredFieldHasAKnownTypeAndItsDescriptionInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>(List.of("task.field." + PinnedComments.FIELD));
        for (UserTask task : userTasks()) {
            for (String field : property(task, "fields")) {
                keys.add("task.field." + field);
                for (String type : property(task, "field." + field + ".type")) {
                    assertThat(TaskField.Type.of(type))
                            .as(task.getId() + " " + field + " type")
                            .isPresent();
                }
                assertThat(property(task, "outcomes"))
                        .as(task.getId() + " " + field + " required for its own outcomes")
                        .containsAll(property(task, "field." + field + ".requiredFor"));
            }
        }
        assertThat(keys).as("declared fields").hasSizeGreaterThan(4);
        for (String bundle : List.of("messages.properties", "messages_ru.properties")) {
            Properties texts = load(bundle);
            assertThat(keys)
                    .as("field keys missing in " + bundle)
                    .allSatisfy(
                            key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static List<UserTask> userTasks() throws IOException {
        List<UserTask> tasks = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                tasks.addAll(Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class));
            }
        }
        return tasks;
    }

    private static List<String> property(UserTask task, String name) {
        if (task.getExtensionElements() == null) {
            return List.of();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> name.equals(p.getCamundaName()))
                .flatMap(p -> Stream.of(p.getCamundaValue().split(",")))
                .map(String::strip)
                .toList();
    }

    private static List<String> taskKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                // Every user task, also those inside sub-processes, named by the process that holds it.
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    ModelElementInstance holder = task.getParentElement();
                    while (!(holder instanceof Process)) {
                        holder = holder.getParentElement();
                    }
                    String process = ((Process) holder).getId();
                    keys.add("task." + process + "." + task.getId());
                    keys.add("task." + process + "." + task.getId() + ".description");
                }
            }
        }
        return keys;
    }

    private static Properties load(String bundle) throws IOException {
        Properties p = new Properties();
        try (var in = TaskBundleKeysTests.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
