package vn.tincay.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import vn.tincay.report.document.DocxReportWriter;
import vn.tincay.report.document.PdfReportWriter;
import vn.tincay.report.document.ReportDocument;
import vn.tincay.report.document.ReportFonts;

/**
 * Measures how long the writers take for a district's consolidated report of 100 schools (generated
 * in memory: figures summed over 100 school reports, a submission list of 100 schools, 20 cited
 * cases, a section listing every school). Not a test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:<dependencies> vn.tincay.report.ReportWriterBenchmark 100}.
 */
public final class ReportWriterBenchmark {

    private ReportWriterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int schools = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long buildStart = System.nanoTime();
        ReportDocument document = SampleReports.districtDocument(schools);
        long buildNanos = System.nanoTime() - buildStart;
        DocxReportWriter docx = new DocxReportWriter();
        long fontStart = System.nanoTime();
        PdfReportWriter pdf = new PdfReportWriter(ReportFonts.find(null));
        long fontNanos = System.nanoTime() - fontStart;
        System.out.printf("district of %d schools: %d body blocks; document built in %.1f ms; PDF fonts loaded in %.1f ms%n",
                schools, document.body().size(), buildNanos / 1e6, fontNanos / 1e6);
        report("DOCX", runs, () -> write(out -> docx.write(document, out)));
        report("PDF", runs, () -> write(out -> pdf.write(document, out)));
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private interface Run {
        int bytes() throws IOException;
    }

    private static int write(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.size();
    }

    private static void report(String name, int runs, Run run) throws IOException {
        long firstStart = System.nanoTime();
        int size = run.bytes();
        double first = (System.nanoTime() - firstStart) / 1e6;
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.bytes();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("%s: %d bytes; first (cold) %.0f ms; then over %d runs median %.1f ms, min %.1f ms, max %.1f ms%n",
                name, size, first, runs, times[runs / 2], times[0], times[runs - 1]);
    }
}
