package org.resilienceroadmap.shared;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.KaribuTest;

/** The Upload widget speaks the reader's language: its buttons, drop hint, errors and units come from the bundle. */
class UploadTextsViewTests extends KaribuTest {

    @Test
    void showsTheUploadWidgetInRussianToARussianReader() {
        UploadI18N texts = scorecardUpload(Locale.forLanguageTag("ru"));
        assertThat(texts)
                .as("the widget's texts are set, not left to its English defaults")
                .isNotNull();
        assertThat(texts.getAddFiles().getMany()).isEqualTo("Загрузить файлы…");
        assertThat(texts.getDropFiles().getMany()).isEqualTo("Перетащите файлы сюда");
        assertThat(texts.getError().getFileIsTooBig()).isEqualTo("Файл слишком большой.");
        assertThat(texts.getError().getIncorrectFileType()).isEqualTo("Файлы такого типа не принимаются.");
        assertThat(texts.getUnits().getSize()).containsExactly("Б", "КБ", "МБ", "ГБ", "ТБ");
    }

    @Test
    void showsTheUploadWidgetInEnglishToAnEnglishReader() {
        UploadI18N texts = scorecardUpload(Locale.ENGLISH);
        assertThat(texts.getAddFiles().getMany()).isEqualTo("Add files…");
        assertThat(texts.getError().getFileIsTooBig()).isEqualTo("The file is too large.");
    }

    private UploadI18N scorecardUpload(Locale locale) {
        login("admin");
        UI.getCurrent().navigate("admin/audit");
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("admin/scorecards");
        return _get(Upload.class, spec -> spec.withId("scorecard-upload")).getI18n();
    }
}
