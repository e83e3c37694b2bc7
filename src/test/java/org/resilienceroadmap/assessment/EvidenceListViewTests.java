package org.resilienceroadmap.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/** The question card's evidence files: uploaded on the scoring page, listed with size and who added them, removed after a confirmation. */
class EvidenceListViewTests extends KaribuTest {

    private static final byte[] PDF = "%PDF-1.4\n%the municipal decree\n".getBytes();

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentEvidence assessmentEvidence;

    @Autowired
    TaskInbox inbox;

    @Test
    void uploadsAFileOnTheCardListsItAndRemovesItAfterConfirmation() {
        TestCity city = fixtures.newCity();
        Long id = scoring(city);
        login(city.member());
        UI.getCurrent().navigate("assessments/" + id, com.vaadin.flow.router.QueryParameters.of("essential", "1"));
        Div files = _get(Div.class, spec -> spec.withId("evidence-files-P1.1"));
        assertThat(_find(files, ListItem.class)).isEmpty();

        UploadKt._upload(_get(files, Upload.class), "decree.pdf", "application/pdf", PDF);
        UploadKt._upload(_get(files, Upload.class), "decree.exe", "application/pdf", "MZ".getBytes());

        assertThat(_find(files, ListItem.class)).singleElement().satisfies(item -> {
            assertThat(_get(item, Anchor.class).getText()).isEqualTo("decree.pdf");
            assertThat(item.getElement().getTextRecursively())
                    .contains(PDF.length + " bytes")
                    .contains("added by");
        });
        var stored = as(city.member(), () -> assessmentEvidence.evidence(id, "P1.1"));
        assertThat(stored)
                .singleElement()
                .satisfies(f -> assertThat(f.addedBy()).isEqualTo(city.member()));
        assertThat(_get(files, Anchor.class).getHref())
                .isEqualTo("api/v1/assessments/" + id + "/evidence/"
                        + stored.get(0).fileId());

        _click(_get(files, Button.class, spec -> spec.withText("Remove")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Remove this evidence file?");
        assertThat(as(city.member(), () -> assessmentEvidence.evidence(id, "P1.1")))
                .as("nothing removed before confirming")
                .hasSize(1);
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(as(city.member(), () -> assessmentEvidence.evidence(id, "P1.1")))
                .isEmpty();
        assertThat(_find(files, ListItem.class)).isEmpty();
    }

    @Test
    void offersRemovalOnlyToWhoAddedAFileOrTheChairAndNoUploadToOutsiders() {
        TestCity city = fixtures.newCity();
        Long id = scoring(city);
        as(city.member(), () -> assessmentEvidence.addEvidence(id, "P1.1", "decree.pdf", PDF));
        String otherMember = fixtures.anotherAccount(city, Role.MEMBER);

        login(otherMember);
        UI.getCurrent().navigate("assessments/" + id, com.vaadin.flow.router.QueryParameters.of("essential", "1"));
        Div files = _get(Div.class, spec -> spec.withId("evidence-files-P1.1"));
        assertThat(_find(files, ListItem.class)).hasSize(1);
        assertThat(_find(files, Button.class, spec -> spec.withText("Remove")))
                .as("another member may not remove it")
                .isEmpty();
        assertThat(_find(files, Upload.class)).hasSize(1);

        login(city.chair());
        UI.getCurrent().navigate("assessments/" + id, com.vaadin.flow.router.QueryParameters.of("essential", "1"));
        assertThat(_find(
                        _get(Div.class, spec -> spec.withId("evidence-files-P1.1")),
                        Button.class,
                        spec -> spec.withText("Remove")))
                .hasSize(1);

        login("coordinator.tajikistan");
        UI.getCurrent().navigate("assessments/" + id, com.vaadin.flow.router.QueryParameters.of("essential", "1"));
        Div read = _get(Div.class, spec -> spec.withId("evidence-files-P1.1"));
        assertThat(_get(read, Anchor.class).getText()).isEqualTo("decree.pdf");
        assertThat(_find(read, Upload.class)).isEmpty();
        assertThat(_find(read, Button.class, spec -> spec.withText("Remove"))).isEmpty();
    }

    private Long scoring(TestCity city) {
        Long id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
        var assign = as(city.chair(), () -> inbox.openTasks()).stream()
                .filter(t -> t.taskKey().equals(AssessmentProcess.TASK_ASSIGN)
                        && t.subjectId().equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow();
        as(city.chair(), () -> inbox.complete(assign.id(), "start", null, Map.of()));
        return id;
    }
}
