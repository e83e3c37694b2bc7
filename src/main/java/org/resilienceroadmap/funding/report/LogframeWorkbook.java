package org.resilienceroadmap.funding.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.Logframe;
import org.resilienceroadmap.funding.ResultKind;
import org.resilienceroadmap.funding.ResultLine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The EU logical-framework matrix on one sheet: impact, then outcomes, then outputs, one row per indicator
 * with the result and its assumptions merged over its indicators. Baseline, target and current value each
 * take a value and a year (or date) column, so the numbers stay numbers. Headed in the reader's language,
 * the header frozen and repeated on each printed page, printed landscape one page wide.
 */
@Component
public class LogframeWorkbook {

    private final MessageSource messages;

    public LogframeWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(Logframe logframe, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            LogframeSheet matrix = new LogframeSheet(book, messages, locale);
            matrix.header();
            matrix.rows(matrix.text("logframe.level.impact"), logframe.impact(), null, List.of());
            Map<String, List<IndicatorLine>> byResult = logframe.indicators().stream()
                    .filter(i -> i.resultCode() != null)
                    .collect(Collectors.groupingBy(IndicatorLine::resultCode));
            for (ResultLine outcome : ofKind(logframe.results(), ResultKind.OUTCOME)) {
                matrix.result(outcome, byResult.getOrDefault(outcome.code(), List.of()));
            }
            for (ResultLine output : outputs(logframe.results())) {
                matrix.result(output, byResult.getOrDefault(output.code(), List.of()));
            }
            print(matrix.sheet());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(Sheet sheet) {
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static List<ResultLine> ofKind(List<ResultLine> results, ResultKind kind) {
        return results.stream().filter(r -> r.kind() == kind).toList();
    }

    /** Outputs in the order of their outcomes, each outcome's in their own order. */
    private static List<ResultLine> outputs(List<ResultLine> results) {
        List<String> outcomes = ofKind(results, ResultKind.OUTCOME).stream()
                .map(ResultLine::code)
                .toList();
        List<ResultLine> outputs = new ArrayList<>(ofKind(results, ResultKind.OUTPUT));
        outputs.sort(Comparator.comparingInt(o -> outcomes.indexOf(o.parentCode())));
        return outputs;
    }
}
