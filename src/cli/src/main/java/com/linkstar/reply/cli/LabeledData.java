package com.linkstar.reply.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.evaluation.LabeledMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads labeled JSON Lines (DESIGN.md §4), naming the line of any record it cannot use. */
final class LabeledData {

    /** Unknown fields ("more are welcome", e.g. Bitext's source_label) are ignored. */
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private LabeledData() {
    }

    /** Files or directories separated by commas, read in turn. */
    static List<LabeledMessage> readAll(String paths) throws IOException {
        List<LabeledMessage> all = new ArrayList<>();
        for (String path : paths.split(",")) {
            all.addAll(read(Path.of(path.trim())));
        }
        return all;
    }

    /** A file, or a directory whose *.jsonl files are read in name order. */
    static List<LabeledMessage> read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            List<LabeledMessage> all = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(file, "*.jsonl")) {
                dir.forEach(files::add);
            }
            files.sort(null);
            for (Path each : files) {
                all.addAll(read(each));
            }
            if (all.isEmpty()) {
                throw new Linkstar.UsageException(file + " holds no *.jsonl files");
            }
            return all;
        }
        if (!Files.isRegularFile(file)) {
            throw new Linkstar.UsageException("no such file: " + file);
        }
        List<LabeledMessage> messages = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            LabeledMessage message;
            try {
                message = JSON.readValue(line, LabeledMessage.class);
            } catch (IOException e) {
                throw new Linkstar.UsageException(file + ":" + lineNumber + " is not a JSON object of the evaluation format");
            }
            if (message.id() == null || message.text() == null || message.intent() == null) {
                throw new Linkstar.UsageException(file + ":" + lineNumber + " needs \"id\", \"text\" and \"intent\"");
            }
            messages.add(message);
        }
        if (messages.isEmpty()) {
            throw new Linkstar.UsageException(file + " holds no labeled messages");
        }
        return messages;
    }
}
