package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.text.SideBySideDiff;
import org.resilienceroadmap.shared.text.SideBySideDiff.Kind;
import org.resilienceroadmap.shared.text.SideBySideDiff.Segment;

/** Two versions line by line with the changed words marked; what people typed stays plain text. */
class SideBySideDiffTests {

    @Test
    void marksTheChangedWordsOfAChangedLine() {
        var lines = SideBySideDiff.compare(
                "# Plan\nSirens in every district.\nEnd", "# Plan\nSirens in every mahalla.\nEnd");
        assertThat(lines).extracting(SideBySideDiff.Line::kind).containsExactly(Kind.SAME, Kind.CHANGED, Kind.SAME);
        assertThat(lines.get(1).left())
                .filteredOn(Segment::changed)
                .extracting(Segment::text)
                .containsExactly("district");
        assertThat(lines.get(1).right())
                .filteredOn(Segment::changed)
                .extracting(Segment::text)
                .containsExactly("mahalla");
    }

    @Test
    void showsAddedAndRemovedLines() {
        var lines = SideBySideDiff.compare("a\nb", "a\nb\nc");
        assertThat(lines).extracting(SideBySideDiff.Line::kind).containsExactly(Kind.SAME, Kind.SAME, Kind.ADDED);
        assertThat(SideBySideDiff.identical(SideBySideDiff.compare("same", "same")))
                .isTrue();
        assertThat(SideBySideDiff.identical(lines)).isFalse();
    }

    @Test
    void keepsMarkupAsTextAndIgnoresSmuggledMarkers() {
        var lines = SideBySideDiff.compare("<b>x</b>", "<b>y</b>\u0001z\u0002");
        assertThat(String.join(
                        "", lines.get(0).right().stream().map(Segment::text).toList()))
                .isEqualTo("<b>y</b>z");
        assertThat(List.of(lines.get(0).kind())).containsExactly(Kind.CHANGED);
    }
}
