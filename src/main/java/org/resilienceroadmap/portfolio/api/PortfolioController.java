package org.resilienceroadmap.portfolio.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.portfolio.PortfolioExport;
import org.resilienceroadmap.portfolio.PortfolioService;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.api.QueryObjectErrors;
import org.resilienceroadmap.shared.i18n.Languages;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio of coordinators, donors and admins: one row per city in scope, paged, and its two exports. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Portfolio")
class PortfolioController {

    private final PortfolioService portfolio;
    private final PortfolioExport export;
    private final CurrentUser currentUser;

    PortfolioController(PortfolioService portfolio, PortfolioExport export, CurrentUser currentUser) {
        this.portfolio = portfolio;
        this.export = export;
        this.currentUser = currentUser;
    }

    @InitBinder("portfolioParams")
    void params(WebDataBinder binder) {
        QueryObjectErrors.apply(binder);
    }

    @GetMapping("/portfolio")
    @Operation(
            summary = "One row per city in scope (coordinators, donors, admins): stage, days in stage, latest"
                    + " validated score, strategy, actions, progress reports and freshness (CURRENT, LATE, SILENT);"
                    + " filters countryId, stage, programmeId, lateOnly; sort CITY, COUNTRY, STAGE, DAYS_IN_STAGE,"
                    + " LAST_REPORT, FRESHNESS (descending=true to reverse); summary of the whole filtered list")
    PortfolioJson list(
            @ParameterObject PortfolioParams params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PortfolioJson.of(portfolio.page(params.query(), page, size));
    }

    @GetMapping("/portfolio.xlsx")
    @Operation(summary = "The whole filtered portfolio as .xlsx, in the caller's language")
    ResponseEntity<byte[]> xlsx(@ParameterObject PortfolioParams params) {
        return file(PortfolioExport.Format.XLSX, params);
    }

    @GetMapping("/portfolio.csv")
    @Operation(summary = "The whole filtered portfolio as UTF-8 CSV, in the caller's language")
    ResponseEntity<byte[]> csv(@ParameterObject PortfolioParams params) {
        return file(PortfolioExport.Format.CSV, params);
    }

    private ResponseEntity<byte[]> file(PortfolioExport.Format format, PortfolioParams params) {
        byte[] content = export.export(
                params.query(), format, Languages.of(currentUser.scope().language()));
        return ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename("portfolio." + format.extension())
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(format.contentType()))
                .body(content);
    }
}
