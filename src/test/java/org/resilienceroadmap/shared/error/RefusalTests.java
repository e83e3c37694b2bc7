package org.resilienceroadmap.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.support.Bundles;
import org.springframework.context.MessageSource;

/** A refusal is one sentence per language: people by display name on a page, by account name in the API. */
class RefusalTests {

    private final MessageSource messages = Bundles.messages();
    private final Map<String, String> displayNames = Map.of("chair.kraljevo", "Milica Jovanović");

    private String page(Refusal refusal, Locale locale) {
        return refusal.in(
                locale,
                (key, l, values) -> messages.getMessage(key, values, l),
                username -> displayNames.getOrDefault(username, username));
    }

    @Test
    void namesThePersonByDisplayNameOnAPageAndByAccountNameInTheApi() {
        ConflictException e =
                new ConflictException(Refusal.of("refusal.task.assignedTo", new Refusal.Person("chair.kraljevo")));

        assertThat(e.getMessage()).isEqualTo("This task is assigned to chair.kraljevo");
        assertThat(page(e.refusal(), Languages.RUSSIAN)).isEqualTo("Эта задача назначена: Milica Jovanović");
        assertThat(page(e.refusal(), Languages.ENGLISH)).isEqualTo("This task is assigned to Milica Jovanović");
    }

    @Test
    void writesAListAsWordsOfTheReadersLanguage() {
        Refusal refusal = Refusal.of(
                "refusal.task.outcomeOneOf",
                new Refusal.Words(
                        List.of(new Refusal.Text("outcome.approve"), new Refusal.Text("outcome.return")), false));

        assertThat(new InvalidRequestException("outcome", refusal).getMessage())
                .isEqualTo("The outcome must be Approve or Return for rework");
        assertThat(page(refusal, Languages.RUSSIAN))
                .doesNotContain("[", "]", "approve")
                .endsWith("Утвердить или " + messages.getMessage("outcome.return", null, Languages.RUSSIAN));
    }

    @Test
    void countsInTheRightPluralForm() {
        assertThat(page(Refusal.counted("refusal.review.tooManyReviewers", 1), Languages.ENGLISH))
                .isEqualTo("At most 1 reviewer");
        assertThat(page(Refusal.counted("refusal.review.tooManyReviewers", 60), Languages.ENGLISH))
                .isEqualTo("At most 60 reviewers");
        assertThat(page(Refusal.counted("refusal.review.tooManyReviewers", 21), Languages.RUSSIAN))
                .isEqualTo("Не более 21 рецензента");
        assertThat(page(Refusal.counted("refusal.review.tooManyReviewers", 60), Languages.RUSSIAN))
                .isEqualTo("Не более 60 рецензентов");
    }

    @Test
    void aFieldIsNamedAsItsFormLabelsIt() {
        Refusal refusal = Refusal.of("refusal.field.required", new Refusal.Text("refusal.fieldName.title"));
        assertThat(refusal.english()).isEqualTo("Title is required");
        assertThat(page(refusal, Languages.RUSSIAN)).isEqualTo("Заполните поле «Название»");
        assertThat(Refusal.of("refusal.field.codeCharacters", new Refusal.Text("refusal.fieldName.code"))
                        .english())
                .isEqualTo("Code may hold letters, digits, '.', '_' and '-' only");
    }

    @Test
    void aMissingValueIsStillARefusal() {
        Refusal refusal = Refusal.of("refusal.assessment.noTemplate", (Object) null);
        assertThat(new InvalidRequestException("template", refusal).getMessage())
                .startsWith("No scorecard template");
    }
}
