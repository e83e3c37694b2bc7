package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A list of tasks reads its processes' subjects with the tasks and its tasks' name arguments from the
 * engine's variable table in one go: each item must be what the engine itself answers for that task
 * alone, whatever type a variable was kept as, and a same-named variable of a sub-scope is not the
 * process's.
 */
class TaskItemsTests extends IntegrationTest {

    private static final String KEY = "task-items-probe";
    private static final String READER = "task-items-reader";
    private static final TaskCriteria BY_KEY = new TaskCriteria(KEY, null, null, null, null, null);

    @Autowired
    TaskItems items;

    @Autowired
    VisibleTasks visible;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    private String deployment;

    @BeforeEach
    void deploy() {
        deployment = repository
                .createDeployment()
                .addString(KEY + ".bpmn", PROBE)
                .deploy()
                .getId();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deployment, true);
    }

    @Test
    void eachItemOfAListIsWhatTheEngineAnswersForItsTaskAlone() {
        String text = start("ACTION", "4711", 7L);
        String otherType = start("ACTION", new Date(0), 8L);
        String local = start("ASSESSMENT", "12", 9L);
        // The multi-instance's executions get a jurisdiction of their own: not the process's.
        runtime.createExecutionQuery().processInstanceId(local).list().stream()
                .filter(e -> !e.getId().equals(local))
                .forEach(e -> runtime.setVariableLocal(e.getId(), ProcessVariables.JURISDICTION_ID, 99L));

        tasks.createTaskQuery().processDefinitionKey(KEY).list().forEach(t -> tasks.setAssignee(t.getId(), READER));
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(KEY).list();
        List<TaskItem> listed = items.of(visible.of(READER, Set.of(), BY_KEY));

        assertThat(open).hasSize(9);
        assertThat(listed)
                .containsExactlyInAnyOrderElementsOf(
                        open.stream().map(items::of).toList());
        assertThat(listed).filteredOn(i -> i.processInstanceId().equals(text)).allSatisfy(i -> {
            assertThat(i.subjectType()).isEqualTo("ACTION");
            assertThat(i.subjectId()).isEqualTo("4711");
            assertThat(i.jurisdictionId()).isEqualTo(7L);
        });
        assertThat(listed)
                .filteredOn(i -> i.processInstanceId().equals(otherType))
                .allSatisfy(i -> assertThat(i.subjectId()).isEqualTo(new Date(0).toString()));
        assertThat(listed)
                .filteredOn(i -> i.processInstanceId().equals(local))
                .allSatisfy(i -> assertThat(i.jurisdictionId()).isEqualTo(9L));
        assertThat(listed.stream()
                        .filter(i -> i.processInstanceId().equals(text))
                        .map(TaskItem::nameArgument)
                        .sorted(Comparator.comparing(n -> (Integer) n))
                        .toList())
                .containsExactly(2, 5, 10);
    }

    private String start(String type, Object id, long jurisdiction) {
        return runtime.startProcessInstanceByKey(
                        KEY,
                        UUID.randomUUID().toString(),
                        Map.of(
                                ProcessVariables.SUBJECT_TYPE,
                                type,
                                ProcessVariables.SUBJECT_ID,
                                id,
                                ProcessVariables.JURISDICTION_ID,
                                jurisdiction,
                                "numbers",
                                List.of(2, 5, 10)))
                .getId();
    }

    private static final String PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe"
                targetNamespace="http://resilienceroadmap.org/test">
              <bpmn:process id="task-items-probe" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Numbered" />
                <bpmn:userTask id="Task_Numbered" name="Numbered">
                  <bpmn:extensionElements>
                    <camunda:properties>
                      <camunda:property name="outcomes" value="done" />
                      <camunda:property name="nameArgument" value="number" />
                    </camunda:properties>
                  </bpmn:extensionElements>
                  <bpmn:multiInstanceLoopCharacteristics camunda:collection="${numbers}"
                      camunda:elementVariable="number" />
                </bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Numbered" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
            </bpmn:definitions>
            """;
}
