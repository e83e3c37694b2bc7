package org.resilienceroadmap.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.resilienceroadmap.shared.files.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The portfolio as a file for people to read and sort further: every row of the filtered list (not just
 * a page), headed and worded in the reader's language, as an .xlsx workbook or a UTF-8 CSV file.
 */
@Service
public class PortfolioExport {

    /** The two files the portfolio is exported to. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("text/csv;charset=UTF-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final List<String> COLUMNS = List.of(
            "city",
            "country",
            "stage",
            "daysInStage",
            "score",
            "weakest",
            "assessedOn",
            "strategy",
            "adoptedOn",
            "approved",
            "onTrack",
            "overdue",
            "completed",
            "lastReport",
            "reportsOverdue",
            "freshness");

    private final PortfolioService portfolio;
    private final MessageSource messages;

    PortfolioExport(PortfolioService portfolio, MessageSource messages) {
        this.portfolio = portfolio;
        this.messages = messages;
    }

    public byte[] export(PortfolioQuery query, Format format, Locale locale) {
        List<String> header = COLUMNS.stream()
                .map(c -> messages.getMessage("portfolio.column." + c, null, locale))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (PortfolioRow r : portfolio.all(query)) {
            rows.add(values(r, locale));
        }
        return format == Format.XLSX ? TableWriter.xlsx("portfolio", header, rows) : TableWriter.csv(header, rows);
    }

    private List<Object> values(PortfolioRow r, Locale locale) {
        List<Object> v = new ArrayList<>();
        v.add(r.cityIn(locale));
        v.add(r.countryIn(locale));
        v.add(messages.getMessage("stage." + r.stage(), null, locale));
        v.add(r.daysInStage());
        v.add(r.score());
        v.add(PortfolioWords.weakest(r.weakest(), locale));
        v.add(r.assessedOn());
        v.add(
                r.strategyState() == null
                        ? null
                        : messages.getMessage("strategy.state." + r.strategyState(), null, locale));
        v.add(r.adoptedOn());
        v.add(r.actionsApproved());
        v.add(r.actionsOnTrack());
        v.add(r.actionsOverdue());
        v.add(r.actionsCompleted());
        v.add(r.lastReportOn());
        v.add(r.reportsOverdue());
        v.add(messages.getMessage("portfolio.freshness." + r.freshness(), null, locale));
        return v;
    }
}
