package org.resilienceroadmap.directory;

public enum Role {
    /** Working-group member of a jurisdiction. */
    MEMBER,
    /** Working-group lead of a jurisdiction. */
    CHAIR,
    /** Approves stages of a jurisdiction and of everything under it. */
    COORDINATOR,
    /** Watches the programmes of their organisation, never acts on the work. */
    DONOR,
    ADMIN
}
