/** The Resilience Hubs pages: the list, a hub's page, the application form, and the hub tasks' panel. */
package org.resilienceroadmap.hub.ui;
