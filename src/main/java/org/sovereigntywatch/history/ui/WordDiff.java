package org.sovereigntywatch.history.ui;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a running text lost and gained between two versions, in reading order: the longest common run of words
 * is kept, the rest marked removed or added. What the two versions start and end with alike is set aside first, so an
 * edit of one sentence in a long text costs little.
 */
final class WordDiff {

    /** A word with the spaces after it, or a run of spaces the text starts with. */
    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    enum Change { SAME, REMOVED, ADDED }

    record Part(Change change, String text) {
    }

    private WordDiff() {
    }

    static List<Part> between(@Nullable String before, @Nullable String after) {
        List<String> was = tokens(before);
        List<String> is = tokens(after);
        int start = 0;
        while (start < was.size() && start < is.size() && was.get(start).equals(is.get(start))) {
            start++;
        }
        int endWas = was.size();
        int endIs = is.size();
        while (endWas > start && endIs > start && was.get(endWas - 1).equals(is.get(endIs - 1))) {
            endWas--;
            endIs--;
        }
        List<Part> parts = new ArrayList<>();
        add(parts, Change.SAME, was.subList(0, start));
        middle(parts, was.subList(start, endWas), is.subList(start, endIs));
        add(parts, Change.SAME, was.subList(endWas, was.size()));
        return parts;
    }

    /** The changed middle, by the longest common subsequence of words. */
    private static void middle(List<Part> parts, List<String> was, List<String> is) {
        int[][] common = new int[was.size() + 1][is.size() + 1];
        for (int i = was.size() - 1; i >= 0; i--) {
            for (int j = is.size() - 1; j >= 0; j--) {
                common[i][j] = was.get(i).equals(is.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < was.size() && j < is.size()) {
            if (was.get(i).equals(is.get(j))) {
                add(parts, Change.SAME, List.of(was.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                add(parts, Change.REMOVED, List.of(was.get(i++)));
            } else {
                add(parts, Change.ADDED, List.of(is.get(j++)));
            }
        }
        add(parts, Change.REMOVED, was.subList(i, was.size()));
        add(parts, Change.ADDED, is.subList(j, is.size()));
    }

    /** Adds the words to the last part when it is of the same change, so that a run reads as one. */
    private static void add(List<Part> parts, Change change, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!parts.isEmpty() && parts.getLast().change() == change) {
            parts.set(parts.size() - 1, new Part(change, parts.getLast().text() + text));
        } else {
            parts.add(new Part(change, text));
        }
    }

    private static List<String> tokens(@Nullable String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher matcher = TOKEN.matcher(text);
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }
}
