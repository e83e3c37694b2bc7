package org.resilienceroadmap.directory;

/**
 * What a new jurisdiction is given; {@code russianName} and {@code serbianName} (Latin script) are
 * optional (see {@link PlaceNames}).
 */
public record NewJurisdiction(
        String code,
        String name,
        String localName,
        String russianName,
        String serbianName,
        JurisdictionLevel level,
        Long parentId) {

    public NewJurisdiction(
            String code, String name, String localName, String russianName, JurisdictionLevel level, Long parentId) {
        this(code, name, localName, russianName, null, level, parentId);
    }

    public NewJurisdiction(String code, String name, String localName, JurisdictionLevel level, Long parentId) {
        this(code, name, localName, null, null, level, parentId);
    }
}
