package org.resilienceroadmap.directory;

import org.resilienceroadmap.shared.ui.SignedInName;
import org.springframework.stereotype.Component;

/** Names the signed-in person in the header by their display name. */
@Component
class DirectorySignedInName implements SignedInName {

    private final PeopleDirectory people;

    DirectorySignedInName(PeopleDirectory people) {
        this.people = people;
    }

    @Override
    public String of(String username) {
        return people.findByUsername(username)
                .map(Person::getDisplayName)
                .filter(name -> !name.isBlank())
                .orElse(username);
    }
}
