package org.resilienceroadmap.gate;

import java.util.Arrays;
import java.util.Optional;

import org.resilienceroadmap.directory.RoadmapStage;

/** The three gates of the roadmap, by the user task that closes them and the stage they close. */
public enum Gate {
    A_B("a-b", "Task_StageAGate", RoadmapStage.A),
    B_C("b-c", "Task_StageBGate", RoadmapStage.B),
    C("c", "Task_StageCGate", RoadmapStage.C);

    private final String path;
    private final String taskKey;
    private final RoadmapStage stage;

    Gate(String path, String taskKey, RoadmapStage stage) {
        this.path = path;
        this.taskKey = taskKey;
        this.stage = stage;
    }

    /** How URLs name the gate: {@code a-b}, {@code b-c}, {@code c}. */
    public String path() {
        return path;
    }

    public String taskKey() {
        return taskKey;
    }

    /** The stage the gate closes; its entry starts the gate's window for new ticks and assessments. */
    public RoadmapStage stage() {
        return stage;
    }

    public static Optional<Gate> ofPath(String path) {
        return Arrays.stream(values())
                .filter(g -> g.path.equalsIgnoreCase(path) || g.name().equalsIgnoreCase(path))
                .findFirst();
    }

    public static Optional<Gate> ofTask(String taskKey) {
        return Arrays.stream(values()).filter(g -> g.taskKey.equals(taskKey)).findFirst();
    }
}
