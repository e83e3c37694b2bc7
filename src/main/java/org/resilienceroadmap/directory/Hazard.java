package org.resilienceroadmap.directory;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An entry of the hazard catalogue (UNDRR–ISC Hazard Information Profiles); {@code name} is a message key suffix. */
@Entity
@Table(name = "hazard")
@IdClass(Hazard.Key.class)
public class Hazard {

    @Id
    private String code;

    @Id
    private String edition;

    private String name;

    protected Hazard() {}

    public String getCode() {
        return code;
    }

    public String getEdition() {
        return edition;
    }

    /** The key of the hazard's name in the message bundles. */
    public String getMessageKey() {
        return "hazard." + name;
    }

    /** The composite key: the same code may mean another hazard in another edition. */
    public static class Key implements Serializable {
        private String code;
        private String edition;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(code, k.code)
                    && java.util.Objects.equals(edition, k.edition);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(code, edition);
        }
    }
}
