package org.resilienceroadmap.action;

/** The two file types an action plan is imported from and the register is exported to. */
public enum TableFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String contentType;

    TableFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
