package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help, at the 80 columns of a terminal or a pipe: examples whole, no address cut in two. */
class HelpTextTest {

    /** A line that ends inside a URI ({@code bolt:} / {@code //db.example}) or starts with its rest. */
    private static final Pattern CUT_URI = Pattern.compile("(?m)(\\b(bolt|neo4j|http|https|file):$|^\\s*//)");

    @Test
    void everyExampleLineIsPrintedWholeAndNoAddressIsCut() {
        CommandLine main = Main.commandLine();
        for (CommandLine command : main.getSubcommands().values()) {
            String name = command.getCommandName();
            if (name.equals("help")) {
                continue;
            }
            StringWriter text = new StringWriter();
            command.usage(new PrintWriter(text));
            String usage = text.toString();
            List<String> lines = usage.lines().toList();
            for (String example : command.getCommandSpec().usageMessage().footer()) {
                if (!example.isBlank()) {
                    assertTrue(lines.contains(example.stripTrailing()), name + ": the example line\n" + example
                            + "\nis not printed whole:\n" + usage);
                }
            }
            assertTrue(!CUT_URI.matcher(usage).find(), name + ": an address is cut at the line's end:\n" + usage);
            for (String line : lines) {
                assertTrue(line.length() <= 80, name + ": longer than 80 columns: " + line);
            }
        }
    }
}
