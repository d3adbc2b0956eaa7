package io.tickwise.cli;

import io.tickwise.input.BadInputException;
import io.tickwise.report.HtmlReport;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.ResultsJson;
import io.tickwise.results.ValidationDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code report FILE... -o report.html}: the HTML report from results files (several compare hosts) and a validation file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the HTML report of results.json files (several to compare hosts) and/or a validation.json.")
final class ReportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "results.json or validation.json files")
    private List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, description = "The HTML file to write")
    private Path output;

    @Override
    public void run() {
        List<ResultsDocument> results = new ArrayList<>();
        ValidationDocument validation = null;
        for (Path file : files) {
            String schema = ResultsJson.schemaOf(file);
            if (schema.equals(ResultsDocument.SCHEMA)) {
                results.add(ResultsJson.readResults(file));
            } else if (schema.equals(ValidationDocument.SCHEMA)) {
                if (validation != null) {
                    throw new BadInputException(file.toString(), 1, "schema", "only one validation file per report");
                }
                validation = ResultsJson.readValidation(file);
            } else {
                throw new BadInputException(file.toString(), 1, "schema", "\"" + schema + "\" is not a Tickwise schema ("
                        + ResultsDocument.SCHEMA + " or " + ValidationDocument.SCHEMA + ")");
            }
        }
        HtmlReport.write(output, results, Optional.ofNullable(validation));
        spec.commandLine().getOut().println("wrote " + output);
    }
}
