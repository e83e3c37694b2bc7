/**
 * A small kit of charts drawn as SVG on the server and shown through a {@code Div}'s innerHTML,
 * so no charting component or client script is needed: {@link BarChart}, {@link FunnelChart},
 * {@link LineChart} and {@link ComparisonBar}.
 *
 * <p>Every chart is an immutable record with a pure {@code svg()} and a {@code component(id)}
 * factory. The kit holds no words of its own: titles, empty-state messages and value texts come
 * from the caller, already translated. Whatever the caller passes is escaped, and links are kept
 * only when they stay inside the application.
 */
package org.resilienceroadmap.shared.ui.chart;
