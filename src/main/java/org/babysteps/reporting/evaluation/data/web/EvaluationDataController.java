package org.babysteps.reporting.evaluation.data.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.evaluation.data.EvaluationDataCsv;
import org.babysteps.reporting.evaluation.data.EvaluationDataExport;
import org.babysteps.reporting.evaluation.data.EvaluationDataSet;
import org.babysteps.reporting.evaluation.data.EvaluationDataXlsx;
import org.babysteps.reporting.evaluation.data.web.PeriodParameters.InvalidPeriodException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A site's de-identified evaluation data for a period, as CSV or XLSX, behind its local evaluation report.
 * <p>
 * Who: the licensor's staff, the site's lead and the site's evaluators. Not facilitators and not commissioners:
 * the rows are about single parents, and pseudonyms do not make that anonymous (a month, a group and a few
 * factors can point to one family someone knows). Row-level data is for evaluation only; facilitators already see
 * their own families in full and commissioners see aggregates with small numbers suppressed. The site's lead may
 * export it to hand it to the site's evaluator. Another site's id is not found, as everywhere.
 */
@Controller
class EvaluationDataController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EvaluationDataExport export;

    EvaluationDataController(EvaluationDataExport export) {
        this.export = export;
    }

    @GetMapping("/sites/{id}/evaluation-data.csv")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'EVALUATOR')")
    void csv(@PathVariable UUID id, @RequestParam(required = false) String from,
             @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        send(id, from, to, "csv", CSV, EvaluationDataCsv::write, response);
    }

    @GetMapping("/sites/{id}/evaluation-data.xlsx")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'EVALUATOR')")
    void xlsx(@PathVariable UUID id, @RequestParam(required = false) String from,
              @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        send(id, from, to, "xlsx", XLSX, EvaluationDataXlsx::write, response);
    }

    /** The site first (404 before anything else is said about the request), then the period, then the file. */
    private void send(UUID id, String from, String to, String format, MediaType type,
                      BiConsumer<EvaluationDataSet, OutputStream> writer, HttpServletResponse response)
            throws IOException {
        SiteId site = new SiteId(id);
        export.site(site);
        ReportingPeriod period = PeriodParameters.parse(from, to);
        EvaluationDataSet data = export.read(site, period, format);
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("evaluation-data-" + period.from() + "-to-" + period.to() + "." + format).build().toString());
        writer.accept(data, response.getOutputStream());
        response.flushBuffer();
    }

    /** RFC 9457 problem details, as the API answers bad requests, naming the parameter to fix. */
    @ExceptionHandler(InvalidPeriodException.class)
    ResponseEntity<ProblemDetail> invalidPeriod(InvalidPeriodException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid period");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", List.of(Map.of("field", e.parameter(), "message", e.getMessage())));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
