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
    public static final String OUTLETS_CSV = "outlets.csv";
    public static final String OUTLETS_GEXF = "outlets.gexf";

    private ReportFiles() {
    }

    /** The reuse table, the provenance graph and the outlet tables only, for exports too large for one HTML page. */
    public static List<Path> writeTables(Report report, Path folder) throws IOException {
        Path csv = folder.resolve(CSV);
        Path gexf = folder.resolve(GEXF);
        Path outletsCsv = folder.resolve(OUTLETS_CSV);
        Path outletsGexf = folder.resolve(OUTLETS_GEXF);
        ReuseCsv.write(report, csv);
        ProvenanceGexf.write(report, gexf);
        OutletsCsv.write(report, outletsCsv);
        OutletsGexf.write(report, outletsGexf);
        return List.of(csv, gexf, outletsCsv, outletsGexf);
    }

    public static List<Path> writeAll(Report report, Path folder) throws IOException {
        Path html = folder.resolve(HTML);
        Path json = folder.resolve(JSON);
        HtmlReport.write(report, html);
        ReportJson.write(report, json);
        List<Path> files = new java.util.ArrayList<>(List.of(html, json));
        files.addAll(writeTables(report, folder));
        Path claims = folder.resolve(CLAIMS);
        ClaimsCsv.write(report, claims);
        files.add(claims);
        return files;
    }
}
