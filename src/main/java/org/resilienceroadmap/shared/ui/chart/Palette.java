package org.resilienceroadmap.shared.ui.chart;

/** The kit's colours, the same red, amber and green as the assessment's score chart. */
public final class Palette {

    public static final String RED = "#d9534f";
    public static final String AMBER = "#f0ad4e";
    public static final String GREEN = "#3c9a5f";
    public static final String NEUTRAL = "#5b7db1";
    public static final String LIGHT = "#a9c4e4";
    public static final String TRACK = "#e6e9ee";
    public static final String INK = "#333333";
    public static final String MUTED = "#6b7480";
    public static final String LINK = "#1a5fb4";

    private Palette() {}
}
