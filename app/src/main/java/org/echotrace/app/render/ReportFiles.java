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
    public static final String LABELS = "labels.csv";

    private ReportFiles() {
    }

    /** The reuse table and the provenance graph only, for exports too large for one HTML page. */
    public static List<Path> writeTables(Report report, Path folder) throws IOException {
        Path csv = folder.resolve(CSV);
        Path gexf = folder.resolve(GEXF);
        ReuseCsv.write(report, csv);
        ProvenanceGexf.write(report, gexf);
        return List.of(csv, gexf);
    }

    public static List<Path> writeAll(Report report, Path folder) throws IOException {
        Path html = folder.resolve(HTML);
        Path json = folder.resolve(JSON);
        HtmlReport.write(report, html);
        ReportJson.write(report, json);
        List<Path> tables = writeTables(report, folder);
        Path claims = folder.resolve(CLAIMS);
        ClaimsCsv.write(report, claims);
        Path labels = folder.resolve(LABELS);
        LabelsCsv.write(report, labels);
        return List.of(html, json, tables.get(0), tables.get(1), claims, labels);
    }
}
