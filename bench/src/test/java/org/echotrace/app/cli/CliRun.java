package org.echotrace.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the bench module's CLI (eval and bench included) in-process and keeps what it printed and its exit status. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EchotraceBench.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
