package org.resilienceroadmap.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The Upload component's own texts (buttons, drop hint, errors, units) in the reader's language:
 * the component ships English only, so every Upload of the application goes through here.
 */
public final class UploadTexts {

    private UploadTexts() {}

    /** Sets the upload's texts in the language of {@code page}, the view or panel that holds it. */
    public static void apply(Upload upload, Component page) {
        upload.setI18n(of(page));
    }

    static UploadI18N of(Component c) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(c, "dropOne")).setMany(t(c, "dropMany")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(c, "addOne")).setMany(t(c, "addMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t(c, "tooMany"))
                        .setFileIsTooBig(t(c, "tooBig"))
                        .setIncorrectFileType(t(c, "wrongType")))
                .setFile(new UploadI18N.File()
                        .setRetry(t(c, "retry"))
                        .setStart(t(c, "start"))
                        .setRemove(t(c, "remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t(c, "connecting"))
                                .setStalled(t(c, "stalled"))
                                .setProcessing(t(c, "processing"))
                                .setHeld(t(c, "held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(c, "remaining"))
                                .setUnknown(t(c, "remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(c, "serverUnavailable"))
                                .setUnexpectedServerError(t(c, "serverError"))
                                .setForbidden(t(c, "forbidden"))))
                .setUnits(List.of(t(c, "unitsB"), t(c, "unitsKB"), t(c, "unitsMB"), t(c, "unitsGB"), t(c, "unitsTB")));
    }

    private static String t(Component c, String key) {
        return c.getTranslation("upload." + key);
    }
}
