package org.resilienceroadmap.portfolio;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The portfolio page: its rows, the summary line, the "late only" filter, the exports' links and who may open it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioViewTests extends KaribuTest {

    @Autowired
    ApplicationContext context;

    private PortfolioScene scene;

    @BeforeAll
    void prepare() {
        scene = PortfolioScene.prepare(context);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PortfolioRow> grid() {
        return _get(Grid.class, spec -> spec.withId("portfolio"));
    }

    @Test
    void showsTheCoordinatorsCitiesWithTheSummaryLineAndFreshnessInWords() {
        login(scene.coordinatorA());
        UI.getCurrent().navigate("portfolio");
        assertThat(_size(grid())).isEqualTo(3);
        assertThat(_get(grid(), 0).jurisdictionId()).isEqualTo(scene.alpha());
        assertThat(_get(Paragraph.class, spec -> spec.withId("portfolio-summary"))
                        .getText())
                .isEqualTo("3 of 3 cities have not reported this quarter");
        assertThat(_get(Span.class, spec -> spec.withId("portfolio-page")).getText())
                .isEqualTo("Page 1 of 1");
        assertThat(_get(Button.class, spec -> spec.withId("portfolio-next")).isEnabled())
                .isFalse();
        var freshness = grid().getColumnByKey(PortfolioSort.FRESHNESS.name());
        assertThat(freshness).isNotNull();
        Span charlie = (Span) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid(), 2, "FRESHNESS");
        assertThat(charlie.getText()).isEqualTo("Silent");
        assertThat(_get(Anchor.class, spec -> spec.withId("portfolio-xlsx")).getHref())
                .isEqualTo("api/v1/portfolio.xlsx?sort=CITY");
    }

    @Test
    void lateOnlyKeepsTheLateAndSilentCities() {
        login(scene.coordinatorA());
        UI.getCurrent().navigate("portfolio");
        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-late")), true);
        assertThat(_size(grid())).isEqualTo(2);
        assertThat(_get(grid(), 0).jurisdictionId()).isEqualTo(scene.bravo());
        assertThat(_get(grid(), 1).jurisdictionId()).isEqualTo(scene.charlie());
        assertThat(_get(Paragraph.class, spec -> spec.withId("portfolio-summary"))
                        .getText())
                .isEqualTo("2 of 2 cities have not reported this quarter");
        assertThat(_get(Anchor.class, spec -> spec.withId("portfolio-csv")).getHref())
                .isEqualTo("api/v1/portfolio.csv?sort=CITY&lateOnly=true");
    }

    @Test
    void aDonorSeesTheProgrammesCityAndAChairCannotOpenThePage() {
        login(scene.donor());
        UI.getCurrent().navigate("portfolio");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).jurisdictionId()).isEqualTo(scene.delta());
        assertThat(_get(Paragraph.class, spec -> spec.withId("portfolio-summary"))
                        .getText())
                .isEqualTo("1 of 1 city has not reported this quarter");

        freshSession();
        login(scene.chairAlpha());
        assertThatThrownBy(() -> UI.getCurrent().navigate("portfolio")).isInstanceOf(MockAccessDeniedException.class);
    }
}
