/** The inbox views, and {@link org.resilienceroadmap.workflow.ui.TaskList}, which home pages embed. */
@org.springframework.modulith.NamedInterface("ui")
package org.resilienceroadmap.workflow.ui;
