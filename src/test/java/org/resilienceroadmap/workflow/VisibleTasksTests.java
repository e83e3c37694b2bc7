package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox's one statement finds exactly the tasks the engine's own task queries find: assigned to the
 * person, or unassigned with them or one of their groups as a candidate, active, and narrowed by the
 * process, the subject variables and the due bounds as the engine narrows them.
 */
class VisibleTasksTests extends IntegrationTest {

    private static final String KEY = "visible-tasks-probe";
    private static final String OTHER_KEY = "visible-tasks-other";
    private static final String ME = "visible-tasks-reader";
    private static final Set<String> MY_GROUPS = Set.of("chair:VT-1", "coordinator:VT");

    @Autowired
    VisibleTasks visible;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    private String deployment;
    private final LocalDate today = LocalDate.of(2026, 12, 7);

    @BeforeEach
    void deploy() {
        deployment = repository
                .createDeployment()
                .addString(KEY + ".bpmn", bpmn(KEY))
                .addString(OTHER_KEY + ".bpmn", bpmn(OTHER_KEY))
                .deploy()
                .getId();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deployment, true);
    }

    @Test
    void findsWhatTheEnginesQueriesFindForEachCriterion() {
        Set<String> mine = new HashSet<>();
        mine.add(task(KEY, "ACTION", "11", 7L, today.minusDays(3), t -> tasks.setAssignee(t, ME)));
        mine.add(task(KEY, "ACTION", "12", 7L, today, t -> tasks.addCandidateUser(t, ME)));
        mine.add(task(KEY, "ASSESSMENT", "13", 8L, today.plusDays(2), t -> tasks.addCandidateGroup(t, "chair:VT-1")));
        mine.add(task(OTHER_KEY, "ACTION", "14", 8L, null, t -> tasks.addCandidateGroup(t, "coordinator:VT")));
        // Candidates all, but held by someone else, of another group, or suspended: not the reader's.
        String held = task(KEY, "ACTION", "15", 7L, today, t -> {
            tasks.addCandidateGroup(t, "chair:VT-1");
            tasks.setAssignee(t, "someone-else");
        });
        String othersGroup = task(KEY, "ACTION", "16", 7L, today, t -> tasks.addCandidateGroup(t, "chair:VT-2"));
        String suspended = task(KEY, "ACTION", "17", 7L, today, t -> tasks.addCandidateUser(t, ME));
        runtime.suspendProcessInstanceById(
                tasks.createTaskQuery().taskId(suspended).singleResult().getProcessInstanceId());

        assertThat(ids(TaskCriteria.NONE)).containsAll(mine).doesNotContain(held, othersGroup, suspended);
        for (TaskCriteria criteria : List.of(
                TaskCriteria.NONE,
                new TaskCriteria(KEY, null, null, null, null, null),
                new TaskCriteria(OTHER_KEY, null, null, null, null, null),
                new TaskCriteria(null, "ACTION", null, null, null, null),
                new TaskCriteria(null, null, "13", null, null, null),
                new TaskCriteria(null, null, null, 7L, null, null),
                new TaskCriteria(KEY, "ACTION", null, 8L, null, null),
                new TaskCriteria(null, null, null, null, today, null),
                new TaskCriteria(null, null, null, null, null, today),
                new TaskCriteria(null, null, null, null, today.plusDays(1), today.minusDays(4)))) {
            assertThat(ids(criteria)).as(criteria.toString()).isEqualTo(byTheEngine(criteria));
        }
        assertThat(ids(new TaskCriteria(null, null, null, 7L, null, null))).hasSize(2);
        assertThat(ids(new TaskCriteria(null, null, null, null, today, null))).hasSize(1);
    }

    @Test
    void aPersonWithoutGroupsSeesWhatIsAssignedToThemOrOffersThemByName() {
        String assigned = task(KEY, "ACTION", "21", 7L, null, t -> tasks.setAssignee(t, ME));
        String named = task(KEY, "ACTION", "22", 7L, null, t -> tasks.addCandidateUser(t, ME));
        task(KEY, "ACTION", "23", 7L, null, t -> tasks.addCandidateGroup(t, "chair:VT-1"));

        assertThat(visible.of(ME, Set.of(), TaskCriteria.NONE).stream()
                        .map(f -> f.task().id())
                        .filter(this::probe))
                .containsExactlyInAnyOrder(assigned, named);
    }

    private Set<String> ids(TaskCriteria criteria) {
        Set<String> found = new HashSet<>();
        visible.of(ME, MY_GROUPS, criteria).stream()
                .map(f -> f.task().id())
                .filter(this::probe)
                .forEach(found::add);
        return found;
    }

    /** The engine's own three queries (assignee, candidate user, candidate groups), narrowed by the criteria. */
    private Set<String> byTheEngine(TaskCriteria criteria) {
        Set<String> found = new HashSet<>();
        for (TaskQuery query : List.of(
                tasks.createTaskQuery().active().taskAssignee(ME),
                tasks.createTaskQuery().active().taskCandidateUser(ME),
                tasks.createTaskQuery().active().taskCandidateGroupIn(List.copyOf(MY_GROUPS)))) {
            narrow(criteria, query).list().stream()
                    .map(Task::getId)
                    .filter(this::probe)
                    .forEach(found::add);
        }
        return found;
    }

    private static TaskQuery narrow(TaskCriteria criteria, TaskQuery query) {
        if (criteria.processKey() != null) {
            query.processDefinitionKey(criteria.processKey());
        }
        if (criteria.subjectType() != null) {
            query.processVariableValueEquals(ProcessVariables.SUBJECT_TYPE, criteria.subjectType());
        }
        if (criteria.subjectId() != null) {
            query.processVariableValueEquals(ProcessVariables.SUBJECT_ID, criteria.subjectId());
        }
        if (criteria.jurisdictionId() != null) {
            query.processVariableValueEquals(ProcessVariables.JURISDICTION_ID, criteria.jurisdictionId());
        }
        if (criteria.dueBefore() != null) {
            query.dueBefore(Date.from(
                    criteria.dueBefore().atStartOfDay(Days.ZONE).toInstant().plusMillis(1)));
        }
        if (criteria.dueAfter() != null) {
            query.dueAfter(Date.from(Days.endOf(criteria.dueAfter())));
        }
        return query;
    }

    private boolean probe(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task != null && task.getProcessDefinitionId().startsWith("visible-tasks-");
    }

    /** A probe process's task, due at the end of the day (as the product keeps due days), set up by {@code links}. */
    private String task(String key, String type, String id, long jurisdiction, LocalDate due, Consumer<String> links) {
        String instance = runtime.startProcessInstanceByKey(
                        key,
                        UUID.randomUUID().toString(),
                        Map.of(
                                ProcessVariables.SUBJECT_TYPE, type,
                                ProcessVariables.SUBJECT_ID, id,
                                ProcessVariables.JURISDICTION_ID, jurisdiction))
                .getId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        if (due != null) {
            task.setDueDate(Date.from(Days.endOf(due)));
            tasks.saveTask(task);
        }
        links.accept(task.getId());
        return task.getId();
    }

    private static String bpmn(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                    targetNamespace="http://resilienceroadmap.org/test">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Probe" />
                    <bpmn:userTask id="Task_Probe" name="Probe" />
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Probe" targetRef="End" />
                    <bpmn:endEvent id="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
    }
}
