package org.babysteps.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.ComplianceStatus;
import org.babysteps.reporting.lifecycle.LifecycleFilter;
import org.babysteps.reporting.lifecycle.SiteLifecycleBoard;
import org.babysteps.reporting.lifecycle.SiteLifecycleRow;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.LicenceState;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The licensor's implementation board: every site's stage, licence, compliance, funding and risk; and as CSV. */
@Controller
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
class LifecycleController {

    private static final String[] CSV_HEADER = {"Site", "Stage", "In stage since", "Licence state", "Licence ends",
        "Compliance last quarter", "Secured funding until", "Funding warning", "Sustainability risk"};

    private final SiteLifecycleBoard board;

    LifecycleController(SiteLifecycleBoard board) {
        this.board = board;
    }

    @GetMapping("/lifecycle")
    String board(@RequestParam(required = false) String sort, @RequestParam(required = false) String stage,
                 @RequestParam(required = false) String licence, @RequestParam(required = false) String compliance,
                 @RequestParam(required = false) String risk, Model model) {
        LifecycleFilter filter = LifecycleFilter.of(sort, stage, licence, compliance, risk);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", filter.apply(board.rows()));
        model.addAttribute("stages", ImplementationStage.values());
        model.addAttribute("licenceStates", LicenceState.values());
        model.addAttribute("complianceStatuses", ComplianceStatus.values());
        model.addAttribute("sorts", LifecycleFilter.SORTS);
        return "reporting/lifecycle";
    }

    @GetMapping("/lifecycle.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String sort, @RequestParam(required = false) String stage,
                               @RequestParam(required = false) String licence,
                               @RequestParam(required = false) String compliance,
                               @RequestParam(required = false) String risk) {
        List<SiteLifecycleRow> rows = LifecycleFilter.of(sort, stage, licence, compliance, risk).apply(board.rows());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sites-" + UkTime.today() + ".csv").build().toString())
                .body(toCsv(rows).getBytes(StandardCharsets.UTF_8));
    }

    private static String toCsv(List<SiteLifecycleRow> rows) {
        StringWriter out = new StringWriter();
        // spreadsheet programs run cells that start with = + - @ as formulas: commons-csv does not stop that, so
        // text cells below go through safe(); dates and enum labels cannot start with those characters
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(CSV_HEADER).get())) {
            for (SiteLifecycleRow row : rows) {
                printer.printRecord(safe(row.siteName()), row.stage().label(), row.stageSince(),
                        row.licenceState() == null ? "No licence" : row.licenceState().label(), date(row.licenceEnd()),
                        row.compliance().label(), date(row.fundingEnd()), row.fundingTier().label(),
                        safe(String.join("; ", row.risks())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
