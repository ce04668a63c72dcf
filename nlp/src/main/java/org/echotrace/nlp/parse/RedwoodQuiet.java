package org.echotrace.nlp.parse;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/** CoreNLP logs every model it loads to stderr; a command-line user wants echotrace's own progress only. */
final class RedwoodQuiet {

    private RedwoodQuiet() {
    }

    static void silence() {
        if (!Boolean.getBoolean("echotrace.nlp.verbose")) {
            RedwoodConfiguration.current().clear().apply();
        }
    }
}
