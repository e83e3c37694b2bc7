package org.resilienceroadmap.gate;

/** Whether an item ticks itself from data or needs a person's tick with evidence. */
public enum ItemKind {
    COMPUTED,
    MANUAL
}
