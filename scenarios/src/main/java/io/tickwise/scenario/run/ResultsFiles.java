package io.tickwise.scenario.run;

import io.tickwise.report.HtmlReport;
import io.tickwise.results.ResultsDocument;
import io.tickwise.results.ResultsJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes results.json, results.csv and report.html into a directory, as one set: either all
 * of them replace the previous run's, or none does. Files are created like any other the
 * user's programs create, with the mode the umask gives.
 */
public final class ResultsFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ResultsFiles() {
    }

    /**
     * Renders the three files on threads of their own, the report (the slowest to render) on one
     * and the data files on the other, so the caller can print its tables meanwhile, then writes
     * them together. Take the outcome with {@link #written}.
     */
    public static CompletableFuture<List<Path>> writeInBackground(Path directory, ResultsDocument document) {
        ExecutorService renderers = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "results-files");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<String> report = CompletableFuture.supplyAsync(() -> HtmlReport.render(document), renderers);
        CompletableFuture<List<Path>> written = CompletableFuture.supplyAsync(() -> {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("results.json", ResultsJson.toJson(document));
            files.put("results.csv", ResultsCsv.of(document));
            return files;
        }, renderers).thenCombine(report, (files, html) -> {
            files.put("report.html", html);
            return writeTogether(directory, files);
        });
        written.whenComplete((paths, failure) -> renderers.shutdown());
        return written;
    }

    /** The files {@link #writeInBackground} wrote, once it has; what it failed with is rethrown as it was thrown. */
    public static List<Path> written(CompletableFuture<List<Path>> writing) {
        try {
            return writing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Writes each named content into {@code directory} as a set. Every file is written in full
     * beside its target first; then the previous files are set aside and the new ones moved in,
     * and if any move fails the ones already moved are taken out again and the previous ones
     * put back, so the directory holds one run's set or the other's, never a mix.
     */
    public static List<Path> writeTogether(Path directory, Map<String, String> contents) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory + ": " + e.getMessage(), e);
        }
        String token = Long.toHexString(RANDOM.nextLong());
        List<Replacement> set = new ArrayList<>();
        contents.keySet().forEach(name -> set.add(new Replacement(directory, name, token)));
        try {
            int i = 0;
            for (String content : contents.values()) {
                // Not Files.createTempFile: it creates files readable by their owner only, whatever the umask.
                Files.writeString(set.get(i++).fresh, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
            replace(set);
            return set.stream().map(r -> r.target).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory + ": " + e.getMessage(), e);
        } finally {
            for (Replacement r : set) {
                deleteQuietly(r.fresh);
                deleteQuietly(r.previous);
            }
        }
    }

    private static void replace(List<Replacement> set) throws IOException {
        List<Replacement> done = new ArrayList<>();
        try {
            for (Replacement r : set) {
                r.setAside();
                done.add(r);
                r.moveIn();
            }
        } catch (IOException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                done.get(i).undo();
            }
            throw e;
        }
    }

    /** One file of the set: the new content beside the target, and the previous target while it is set aside. */
    private static final class Replacement {
        final Path target;
        final Path fresh;
        final Path previous;
        boolean setAside;
        boolean movedIn;

        Replacement(Path directory, String name, String token) {
            this.target = directory.resolve(name);
            this.fresh = directory.resolve("." + name + "." + token + ".new");
            this.previous = directory.resolve("." + name + "." + token + ".old");
        }

        void setAside() throws IOException {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
                setAside = true;
            }
        }

        void moveIn() throws IOException {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            movedIn = true;
        }

        /** Best effort: the failure that made us undo is what gets reported. */
        void undo() {
            try {
                if (movedIn) {
                    Files.move(target, fresh, StandardCopyOption.ATOMIC_MOVE);
                }
                if (setAside) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException ignored) {
                // The previous file stays under its hidden name, where the user can still find it.
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover hidden file is harmless; the write itself succeeded or reported its own failure.
        }
    }
}
