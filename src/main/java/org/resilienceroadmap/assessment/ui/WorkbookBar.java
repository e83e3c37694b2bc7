package org.resilienceroadmap.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.resilienceroadmap.assessment.AssessmentWorkbook;
import org.resilienceroadmap.shared.i18n.Plurals;
import org.resilienceroadmap.shared.ui.CappedUpload;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/** Download of the workbook for offline workshops; while scoring, upload of the filled workbook, previewed before import. */
class WorkbookBar extends HorizontalLayout {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    /** {@code imported} runs after a workbook was imported, to show the page again. */
    WorkbookBar(AssessmentWorkbook workbooks, Long id, boolean importable, Runnable imported) {
        Anchor download = new Anchor(
                "api/v1/assessments/" + id + "/workbook.xlsx?language="
                        + getLocale().getLanguage(),
                getTranslation("workbook.download"));
        download.getElement().setAttribute("download", true);
        download.setId("workbook-download");
        add(download);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        if (importable) {
            var upload = new CappedUpload(
                            MAX_BYTES,
                            file -> new FormErrors().attempt(() -> {
                                var preview = workbooks.preview(id, file.content());
                                new WorkbookImportDialog(
                                                preview, () -> importWorkbook(workbooks, id, file.content(), imported))
                                        .open();
                            }))
                    .clearingEachFile();
            upload.setAcceptedFileTypes(".xlsx");
            upload.setDropLabel(new Span(getTranslation("workbook.drop")));
            upload.setId("workbook-upload");
            add(upload);
        }
    }

    private void importWorkbook(AssessmentWorkbook workbooks, Long id, byte[] file, Runnable imported) {
        new FormErrors().attempt(() -> {
            var done = workbooks.apply(id, file);
            int changes = done.changes().size();
            Notifications.success(getTranslation(Plurals.key("workbook.imported", changes, getLocale()), changes));
            imported.run();
        });
    }
}
