package dev.steward.app.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/// Reads an answers file, a JSON object of question id to answer, into the raw map the questionnaire
/// validates. Every failure names the file and, for bad JSON, the line and column.
final class AnswersFile {
    static final String STDIN = "-";

    // Duplicate ids would otherwise let the last answer win silently.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private AnswersFile() {
    }

    /// How error messages name the source: the path as given, or {@code <stdin>}.
    static String displayName(String source) {
        return STDIN.equals(source) ? "<stdin>" : source;
    }

    /// @param source a file path, or {@code -} for {@code stdin}
    /// @throws CliException with {@link ExitCode#IO_OR_DATABASE} when the file cannot be read, or
    ///                      {@link ExitCode#INVALID_INPUT} when it is not a JSON object
    static Map<String, Object> read(String source, InputStream stdin) {
        String name = displayName(source);
        byte[] content = readBytes(source, stdin, name);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new CliException(ExitCode.INVALID_INPUT, name + ": not valid JSON" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, "cannot read " + name + ": " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw new CliException(ExitCode.INVALID_INPUT, name + ": the file is empty; expected a JSON object of question id to answer");
        }
        if (!tree.isObject()) {
            throw new CliException(ExitCode.INVALID_INPUT, name + ": at $ expected a JSON object of question id to answer, but found "
                    + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        tree.properties().forEach(entry -> raw.put(entry.getKey(), MAPPER.convertValue(entry.getValue(), Object.class)));
        return raw;
    }

    private static byte[] readBytes(String source, InputStream stdin, String name) {
        try {
            return STDIN.equals(source) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(source));
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, name + ": permission denied");
        } catch (IOException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, "cannot read " + name + ": " + e.getMessage());
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
