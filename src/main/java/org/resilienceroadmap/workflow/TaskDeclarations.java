package org.resilienceroadmap.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Reads what the BPMN declares on a user task (extension properties).
 * Deployed definitions never change, so what was read once stays true.
 */
@Component
class TaskDeclarations {

    /**
     * What a user task declares: its outcomes, those needing a comment, the extra fields a completion
     * may carry ({@code fields}, each with what {@link TaskField} reads of it), and the variable its
     * translated name shows ({@code nameArgument}).
     */
    record Declared(
            List<String> outcomes,
            List<String> commentRequiredFor,
            List<TaskField> fields,
            String nameArgument,
            String documentation) {}

    private final RepositoryService repository;
    private final Map<String, Declared> cache = new ConcurrentHashMap<>();

    TaskDeclarations(RepositoryService repository) {
        this.repository = repository;
    }

    Declared of(String processDefinitionId, String taskDefinitionKey) {
        return cache.computeIfAbsent(
                processDefinitionId + "/" + taskDefinitionKey, key -> read(processDefinitionId, taskDefinitionKey));
    }

    private Declared read(String processDefinitionId, String taskDefinitionKey) {
        UserTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
        String documentation = task.getDocumentations().isEmpty()
                ? ""
                : task.getDocumentations().iterator().next().getTextContent().trim();
        List<String> nameArgument = property(task, "nameArgument");
        return new Declared(
                property(task, "outcomes"),
                property(task, "commentRequired"),
                property(task, "fields").stream().map(name -> field(task, name)).toList(),
                nameArgument.isEmpty() ? null : nameArgument.get(0),
                documentation);
    }

    /** A field as declared; one whose type is not declared (or not known) takes text. */
    private static TaskField field(UserTask task, String name) {
        String prefix = "field." + name + ".";
        TaskField.Type type = property(task, prefix + "type").stream()
                .findFirst()
                .flatMap(TaskField.Type::of)
                .orElse(TaskField.Type.STRING);
        return new TaskField(name, type, property(task, prefix + "requiredFor"), property(task, prefix + "values"));
    }

    private static List<String> property(UserTask task, String name) {
        ExtensionElements extensions = task.getExtensionElements();
        if (extensions == null) {
            return List.of();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> name.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
