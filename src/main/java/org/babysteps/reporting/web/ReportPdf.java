package org.babysteps.reporting.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.babysteps.reporting.EvidencePack;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Reports as PDFs (the evidence pack, the local evaluation report): the print template rendered by Thymeleaf (the same
 * figures as the page), then laid out by openhtmltopdf as a tagged PDF with a title, so screen readers can follow it.
 */
@Component
public class ReportPdf {

    /**
     * A tagged (PDF/UA) document must embed its fonts, and the PDF's built-in fonts cannot be; PDFBox ships this
     * one. It is registered for bold too, so headings never fall back to a font that would be left out.
     */
    static final String FONT = "Liberation Sans";
    private static final String FONT_FILE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    private static InputStream font() {
        return ReportPdf.class.getResourceAsStream(FONT_FILE);
    }

    byte[] render(EvidencePack pack) {
        return render("reporting/evidence/print", java.util.Map.of("p", pack));
    }

    /** Any print template of the reports (one self-contained XHTML page with its own print styles) as a tagged PDF. */
    public byte[] render(String template, java.util.Map<String, Object> variables) {
        Context context = new Context(Locale.UK);
        context.setVariables(variables);
        String html = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useFont(ReportPdf::font, FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true)
                    .useFont(ReportPdf::font, FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true)
                    .usePdfUaAccessbility(true)
                    .withHtmlContent(html, null)
                    .toStream(out)
                    .run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out " + template, e);
        }
    }
}
