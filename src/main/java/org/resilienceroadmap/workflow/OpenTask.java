package org.resilienceroadmap.workflow;

/** An open user task as a feature needs it: enough to complete it and to know which run it belongs to. */
public record OpenTask(String id, String definitionKey, String processInstanceId) {}
