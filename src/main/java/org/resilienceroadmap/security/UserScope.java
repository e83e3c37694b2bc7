package org.resilienceroadmap.security;

import java.util.Set;

import org.resilienceroadmap.directory.Role;

/**
 * What one signed-in person may see and do: their roles, the jurisdictions in scope (their own and
 * everything under them; all for an admin), the jurisdictions they coordinate, their programmes,
 * and the engine groups they belong to.
 */
public record UserScope(
        Long personId,
        String username,
        String displayName,
        String language,
        Set<Role> roles,
        Set<Long> visibleJurisdictionIds,
        Set<Long> coordinatedJurisdictionIds,
        Set<Long> programmeIds,
        Set<String> groups) {

    /** Unchangeable, as one scope is handed to every request of its person until the directory changes. */
    public UserScope {
        roles = Set.copyOf(roles);
        visibleJurisdictionIds = Set.copyOf(visibleJurisdictionIds);
        coordinatedJurisdictionIds = Set.copyOf(coordinatedJurisdictionIds);
        programmeIds = Set.copyOf(programmeIds);
        groups = Set.copyOf(groups);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean sees(Long jurisdictionId) {
        return jurisdictionId != null && visibleJurisdictionIds.contains(jurisdictionId);
    }

    public boolean coordinates(Long jurisdictionId) {
        return isAdmin() || (jurisdictionId != null && coordinatedJurisdictionIds.contains(jurisdictionId));
    }
}
