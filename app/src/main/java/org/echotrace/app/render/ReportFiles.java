package org.echotrace.app.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.domain.Report;
import org.echotrace.report.ReportJson;

/** Writes every output file of an analysis into one folder; the HTML report comes first in the list. */
public final class ReportFiles {

    public static final String HTML = "report.html";
    public static final String JSON = "report.json";
    public static final String CSV = "reuse.csv";
    public static final String GEXF = "provenance.gexf";
    public static final String CLAIMS = "claims.csv";

    private ReportFiles() {
    }

    public static List<Path> writeAll(Report report, Path folder) throws IOException {
        Path html = folder.resolve(HTML);
        Path json = folder.resolve(JSON);
        Path csv = folder.resolve(CSV);
        Path gexf = folder.resolve(GEXF);
        HtmlReport.write(report, html);
        ReportJson.write(report, json);
        ReuseCsv.write(report, csv);
        ProvenanceGexf.write(report, gexf);
        Path claims = folder.resolve(CLAIMS);
        ClaimsCsv.write(report, claims);
        return List.of(html, json, csv, gexf, claims);
    }
}
