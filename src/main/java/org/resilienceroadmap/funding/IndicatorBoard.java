package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** A programme's indicators with their actuals: counted from the scope's figures, or as last reported. */
@Component
class IndicatorBoard {

    private final IndicatorRepository indicators;
    private final ProgrammeResultRepository results;
    private final IndicatorCounter counter;

    IndicatorBoard(IndicatorRepository indicators, ProgrammeResultRepository results, IndicatorCounter counter) {
        this.indicators = indicators;
        this.results = results;
        this.counter = counter;
    }

    List<ResultLine> results(Long programmeId) {
        List<ProgrammeResult> all = results.findByProgrammeIdOrderByPosition(programmeId);
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(ProgrammeResult::getId,
                ProgrammeResult::getCode));
        return all.stream().map(r -> new ResultLine(r.getCode(), r.getTitle(), r.getKind(),
                r.getParentId() == null ? null : codes.get(r.getParentId()))).toList();
    }

    List<IndicatorLine> lines(Long programmeId, ScopeFigures figures, LocalDate today) {
        Map<Long, ProgrammeResult> byId = results.findByProgrammeIdOrderByPosition(programmeId).stream()
                .collect(Collectors.toMap(ProgrammeResult::getId, Function.identity()));
        return indicators.findByProgrammeIdOrderByPosition(programmeId).stream()
                .map(i -> line(i, byId.get(i.getResultId()), figures, today)).toList();
    }

    IndicatorLine line(Indicator i, ProgrammeResult result, ScopeFigures figures, LocalDate today) {
        BigDecimal actual = i.isComputed() ? counter.value(i.getMeasure(), figures) : i.getActual();
        LocalDate asOf = i.isComputed() ? today : i.getActualOn();
        return new IndicatorLine(i.getId(), i.getCode(), i.getName(), result == null ? null : result.getCode(),
                i.getUnit(), i.isComputed(), i.isComputed() ? i.getMeasure().name() : null, i.getBaseline(),
                i.getBaselineYear(), i.getTarget(), i.getTargetYear(), actual, asOf, i.getMeansOfVerification());
    }
}
